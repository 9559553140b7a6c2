using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.DataChanges;

/// <summary>DCR-1: a data change request is signed or declined once, by an administrator of its area who did not file it.</summary>
public class DataChangeRequestTests
{
    private readonly World _world = new();

    private DataChangeRequest File(Guid? filedById = null) =>
        DataChangeRequest.File(filedById ?? _world.RequestorId, _world.LocalArea.Id, _world.PartnerOffice.Id, "CJ-4821937", "Date of birth",
            "1990-01-02", "1990-02-01", "Day and month were swapped at intake.", _world.Business);

    [Fact]
    public void File_WhenEveryFieldIsGiven_IsSubmitted()
    {
        var request = File();

        Assert.Equal(DataChangeStatus.Submitted, request.Status);
        Assert.Equal("CJ-4821937", request.ParticipantReference);
        Assert.Equal(_world.Clock.UtcNow, request.FiledAt);
    }

    [Fact]
    public void File_WhenCurrentValueIsBlank_IsSubmittedWithoutIt()
    {
        var request = DataChangeRequest.File(_world.RequestorId, _world.LocalArea.Id, _world.PartnerOffice.Id, "4821937", "Veteran status",
            " ", "Yes", "DD-214 seen.", _world.Business);

        Assert.Null(request.CurrentValue);
    }

    [Fact]
    public void File_WhenReasonIsMissing_ThrowsNamingReason()
    {
        var ex = Assert.Throws<InvalidInputException>(() => DataChangeRequest.File(_world.RequestorId, _world.LocalArea.Id,
            _world.PartnerOffice.Id, "4821937", "Veteran status", null, "Yes", "", _world.Business));

        Assert.Equal("Reason", ex.Field);
    }

    [Fact]
    public void Sign_WhenTheAreaAdministratorSigns_IsSignedWithDateAndName()
    {
        var request = File();

        request.Sign(_world.MisAdministrator, TestSignatures.DataChange(_world.MisAdministrator, _world.Business), _world.Business);

        Assert.Equal(DataChangeStatus.Signed, request.Status);
        Assert.Equal(_world.Clock.Today, request.SignedOn);
        Assert.Equal("Morgan MIS", request.SignatureName);
        Assert.Equal(_world.MisAdministrator.PersonId, request.DecidedById);
    }

    [Fact]
    public void Sign_WhenTheAdministratorFiledItThemselves_ThrowsDcr1SayingAnotherAdministratorMustSign()
    {
        var request = File(_world.MisAdministrator.PersonId);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Sign(_world.MisAdministrator, TestSignatures.DataChange(_world.MisAdministrator, _world.Business), _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
        Assert.Contains("Another administrator of the area must sign", ex.BrokenRules[0].Remedy);
        Assert.Equal(DataChangeStatus.Submitted, request.Status);
    }

    [Fact]
    public void Decline_WhenTheAdministratorFiledItThemselves_ThrowsDcr1()
    {
        var request = File(_world.MisAdministrator.PersonId);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Decline(_world.MisAdministrator, "Not needed.", _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
    }

    [Fact]
    public void Sign_WhenAnotherAdministratorOfTheAreaSignsTheirRequest_IsSigned()
    {
        var second = _world.Designate(_world.LocalArea, "Parker MIS", trained: true);
        var request = File(_world.MisAdministrator.PersonId);

        request.Sign(second, TestSignatures.DataChange(second, _world.Business), _world.Business);

        Assert.Equal(DataChangeStatus.Signed, request.Status);
    }

    [Fact]
    public void Sign_WhenAlreadySigned_ThrowsDcr1()
    {
        var request = File();
        request.Sign(_world.MisAdministrator, TestSignatures.DataChange(_world.MisAdministrator, _world.Business), _world.Business);
        var second = _world.Designate(_world.LocalArea, "Parker MIS", trained: true);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Sign(second, TestSignatures.DataChange(second, _world.Business), _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
    }

    [Fact]
    public void Decline_WhenAlreadyDeclined_ThrowsDcr1AndKeepsTheFirstReason()
    {
        var request = File();
        request.Decline(_world.MisAdministrator, "No evidence attached.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Sign(_world.MisAdministrator, TestSignatures.DataChange(_world.MisAdministrator, _world.Business), _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
        Assert.Equal(DataChangeStatus.Declined, request.Status);
        Assert.Equal("No evidence attached.", request.DeclineReason);
    }

    [Fact]
    public void Sign_WhenTheAdministratorIsOfAnotherArea_ThrowsSco1()
    {
        var other = _world.Designate(_world.OtherLocalArea, "Olive Other", trained: true);
        var request = File();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Sign(other, TestSignatures.DataChange(other, _world.Business), _world.Business));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void Decline_WhenReasonIsBlank_ThrowsNamingDeclineReason()
    {
        var request = File();

        var ex = Assert.Throws<InvalidInputException>(() => request.Decline(_world.MisAdministrator, " ", _world.Business));

        Assert.Equal("DeclineReason", ex.Field);
        Assert.Equal(DataChangeStatus.Submitted, request.Status);
    }
}
