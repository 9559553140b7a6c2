using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>Designation forms (Attachment 1): who may sign them (DES-1), the seat cap (CAP-1), and what recording applies.</summary>
public class DesignationFormTests
{
    private readonly World _world = new();
    private readonly Guid _opsId = World.OperationsUnitUserId;

    private DateOnly Today => _world.Clock.Today;

    [Fact]
    public void SubmitAddition_WhenTheDirectorSigns_IsSubmittedWithTheDirectorAccountable()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);

        Assert.Equal(DesignationFormStatus.Submitted, form.Status);
        Assert.Equal(World.LocalDirectorId, form.AccountableSignerId);
        Assert.False(form.SignedByDesignee);
    }

    [Fact]
    public void SubmitAddition_WhenACurrentDesigneeSigns_RecordsWhoActedForTheDirector()
    {
        var designeeId = Guid.NewGuid();
        _world.LocalArea.NameDesignee(World.LocalDirectorId, designeeId, World.Contact("Dee Designee"), Today);

        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(designeeId), Today);

        Assert.Equal(World.LocalDirectorId, form.AccountableSignerId);
        Assert.Equal(designeeId, form.ActedById);
        Assert.True(form.SignedByDesignee);
    }

    [Fact]
    public void SubmitAddition_WhenTheSignerLeadsAnotherArea_IsRefusedWithDes1()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.DivisionChiefId), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void SubmitAddition_WhenTheDesigneeWasWithdrawn_IsRefusedWithDes1()
    {
        var designeeId = Guid.NewGuid();
        var designee = _world.LocalArea.NameDesignee(World.LocalDirectorId, designeeId, World.Contact("Dee Designee"), Today.AddDays(-5));
        _world.LocalArea.WithdrawDesignee(World.LocalDirectorId, designee.Id, Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(designeeId), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void SubmitAddition_WhenTheDesigneesEndDateHasPassed_IsRefusedWithDes1()
    {
        var designeeId = Guid.NewGuid();
        _world.LocalArea.NameDesignee(World.LocalDirectorId, designeeId, World.Contact("Dee Designee"), Today.AddDays(-10), Today.AddDays(-1));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(designeeId), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void SubmitAddition_WhenTheAreaIsFull_IsRefusedWithCap1()
    {
        _world.Designate(_world.LocalArea, "Second Admin", trained: true);
        _world.Designate(_world.LocalArea, "Third Admin", trained: true);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("Fourth Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today));

        Assert.Equal(["CAP-1"], ex.Codes);
    }

    [Fact]
    public void SubmitAddition_WhenThePersonIsAlreadyDesignated_IsRefusedWithDes1()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("Morgan MIS"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Contains("already designated", ex.BrokenRules.Single().Reason);
    }

    [Fact]
    public void SubmitRemoval_WhenThePersonIsNotDesignated_IsRefusedAsBadInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            DesignationForm.SubmitRemoval(_world.LocalArea, Guid.NewGuid(), null, Today, TestSignatures.Designation(World.LocalDirectorId), Today));

        Assert.Contains("not a designated MIS Administrator", ex.Message);
    }

    [Fact]
    public void Record_WhenAnAdditionIsRecorded_SeatsThePersonSignedByTheFormsSigner()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);
        var personId = Guid.NewGuid();

        var designation = form.Record(_world.LocalArea, _opsId, Today, personId);

        Assert.Equal(DesignationFormStatus.Recorded, form.Status);
        Assert.Equal(designation.Id, form.DesignationId);
        Assert.Equal(2, _world.LocalArea.ActiveDesignations.Count());
        Assert.Equal(_opsId, designation.AddedBy.RecordedById);
        Assert.False(designation.IsTrained);
    }

    [Fact]
    public void FileRecord_WhenTheFormIsRecorded_KeepsTheFiledPdfOnce()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);
        form.Record(_world.LocalArea, _opsId, Today, Guid.NewGuid());
        var filed = FiledRecord.Of(new string('a', 64), 2048, _world.Business);

        form.FileRecord(filed);

        Assert.Equal(filed, form.FiledRecord);
        var again = Assert.Throws<InvalidInputException>(() => form.FileRecord(FiledRecord.Of(new string('b', 64), 10, _world.Business)));
        Assert.Contains("filed already", again.Message);
        Assert.Equal(filed, form.FiledRecord);
    }

    [Fact]
    public void FileRecord_WhenTheFormAwaitsRecording_IsRefusedAndNothingIsFiled()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);

        var ex = Assert.Throws<InvalidInputException>(() => form.FileRecord(FiledRecord.Of(new string('a', 64), 2048, _world.Business)));

        Assert.Contains("only a recorded designation form is filed", ex.Message);
        Assert.Null(form.FiledRecord);
    }

    [Fact]
    public void Record_WhenTheAreaFilledSinceSubmission_IsRefusedWithCap1AndStaysSubmitted()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);
        _world.Designate(_world.LocalArea, "Second Admin", trained: true);
        _world.Designate(_world.LocalArea, "Third Admin", trained: true);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => form.Record(_world.LocalArea, _opsId, Today, Guid.NewGuid()));

        Assert.Equal(["CAP-1"], ex.Codes);
        Assert.Equal(DesignationFormStatus.Submitted, form.Status);
    }

    [Fact]
    public void Record_WhenARemovalIsRecorded_FreesTheSeat()
    {
        var designationId = _world.LocalArea.ActiveDesignations.Single().Id;
        var form = DesignationForm.SubmitRemoval(_world.LocalArea, designationId, "Left the agency", Today, TestSignatures.Designation(World.LocalDirectorId), Today);

        form.Record(_world.LocalArea, _opsId, Today);

        Assert.Empty(_world.LocalArea.ActiveDesignations);
        Assert.Null(_world.LocalArea.ActorFor(_world.MisAdministrator.PersonId));
    }

    [Fact]
    public void Record_WhenAContactChangeIsRecorded_ChangesTheAdministratorsContact()
    {
        var designationId = _world.LocalArea.ActiveDesignations.Single().Id;
        var form = DesignationForm.SubmitContactChange(_world.LocalArea, designationId, World.Contact("Morgan Renamed"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);

        form.Record(_world.LocalArea, _opsId, Today);

        Assert.Equal("Morgan Renamed", _world.LocalArea.ActiveDesignations.Single().Contact.FullName);
    }

    [Fact]
    public void Record_WhenTheFormWasAlreadyRecorded_IsRefusedWithDes1()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);
        form.Record(_world.LocalArea, _opsId, Today, Guid.NewGuid());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => form.Record(_world.LocalArea, _opsId, Today, Guid.NewGuid()));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Refuse_WhenGivenAReason_IsRefusedAndChangesNothing()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today);

        form.Refuse(_opsId, "Signature illegible", Today);

        Assert.Equal(DesignationFormStatus.Refused, form.Status);
        Assert.Equal("Signature illegible", form.RefusalReason);
        Assert.Single(_world.LocalArea.ActiveDesignations);
    }

    [Fact]
    public void Refuse_WhenNoReasonIsGiven_IsRefusedAsBadInput() =>
        Assert.Throws<InvalidInputException>(() =>
            DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("New Admin"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today).Refuse(_opsId, " ", Today));
}
