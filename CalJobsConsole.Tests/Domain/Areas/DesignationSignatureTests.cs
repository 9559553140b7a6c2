using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>DES-1: every designation form (add, remove, change) is signed by the Director/Division Chief or a current designee.</summary>
public class DesignationSignatureTests
{
    private readonly World _world = new();
    private readonly Guid _designeeId = Guid.NewGuid();

    private DateOnly Today => _world.Clock.Today;

    private Area Area => _world.LocalArea;

    private Designee NameDesignee(DateOnly? endsOn = null) =>
        Area.NameDesignee(World.LocalDirectorId, _designeeId, World.Contact("Dee Designee"), Today, endsOn);

    private AdministratorDesignation DesignateSignedBy(Guid signerId, DateOnly signedOn) =>
        Area.Designate(Guid.NewGuid(), World.Contact("New MIS"), signerId, signedOn, World.OperationsUnitUserId);

    [Fact]
    public void Designate_WhenSignedByTheDirector_RecordsTheDirectorAsSignerAndActor()
    {
        var designation = DesignateSignedBy(World.LocalDirectorId, Today);

        Assert.Equal(World.LocalDirectorId, designation.AddedBy.AccountableSignerId);
        Assert.Equal(World.LocalDirectorId, designation.AddedBy.ActedById);
        Assert.False(designation.AddedBy.SignedByDesignee);
        Assert.Equal(World.OperationsUnitUserId, designation.AddedBy.RecordedById);
        Assert.Equal(Today, designation.DesignatedOn);
    }

    [Fact]
    public void Designate_WhenSignedByACurrentDesignee_RecordsTheDirectorAccountableAndTheDesigneeActing()
    {
        NameDesignee();

        var designation = DesignateSignedBy(_designeeId, Today);

        Assert.Equal(World.LocalDirectorId, designation.AddedBy.AccountableSignerId);
        Assert.Equal(_designeeId, designation.AddedBy.ActedById);
        Assert.True(designation.AddedBy.SignedByDesignee);
    }

    [Fact]
    public void Designate_WhenSignedByAStranger_ThrowsDes1AndAddsNoOne()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(Guid.NewGuid(), Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Single(Area.ActiveDesignations);
    }

    [Fact]
    public void Designate_WhenSignedByTheDirectorOfAnotherArea_ThrowsDes1()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(World.DivisionChiefId, Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Designate_WhenAreaHasNoDirector_ThrowsDes1()
    {
        var area = Area.Create("Newly formed Local Area", AreaKind.LocalArea);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            area.Designate(Guid.NewGuid(), World.Contact("New MIS"), Guid.NewGuid(), Today, World.OperationsUnitUserId));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Designate_WhenSignedByAWithdrawnDesignee_ThrowsDes1()
    {
        var designee = NameDesignee();
        Area.WithdrawDesignee(World.LocalDirectorId, designee.Id, Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(_designeeId, Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Designate_WhenSignedByADesigneeOnTheirEndsOnDate_Succeeds()
    {
        var endsOn = Today.AddDays(10);
        NameDesignee(endsOn);

        var designation = DesignateSignedBy(_designeeId, endsOn);

        Assert.True(designation.AddedBy.SignedByDesignee);
    }

    [Fact]
    public void Designate_WhenSignedByADesigneeTheDayAfterEndsOn_ThrowsDes1()
    {
        var endsOn = Today.AddDays(10);
        NameDesignee(endsOn);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(_designeeId, endsOn.AddDays(1)));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Designate_WhenSignedByADesigneeBeforeTheDayTheyWereNamed_ThrowsDes1()
    {
        NameDesignee();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(_designeeId, Today.AddDays(-1)));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void Designate_WhenStrangerSignsForAFullArea_ThrowsOnlyDes1()
    {
        DesignateSignedBy(World.LocalDirectorId, Today);
        DesignateSignedBy(World.LocalDirectorId, Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignateSignedBy(Guid.NewGuid(), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void RemoveDesignation_WhenSignedByAStranger_ThrowsDes1AndKeepsTheSeat()
    {
        var designation = Area.ActiveDesignations.Single();

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Area.RemoveDesignation(designation.Id, Guid.NewGuid(), Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.True(designation.IsActive);
    }

    [Fact]
    public void RemoveDesignation_WhenSignedByACurrentDesignee_EndsTheDesignationWithTheDefaultReason()
    {
        NameDesignee();
        var designation = Area.ActiveDesignations.Single();

        Area.RemoveDesignation(designation.Id, _designeeId, Today);

        Assert.Equal(DesignationStatus.Removed, designation.Status);
        Assert.Equal(Today, designation.EndedOn);
        Assert.Equal("Removed by designation form", designation.EndReason);
    }

    [Fact]
    public void ChangeAdministratorContact_WhenSignedByAStranger_ThrowsDes1AndKeepsTheContact()
    {
        var designation = Area.ActiveDesignations.Single();
        var before = designation.Contact;

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Area.ChangeAdministratorContact(designation.Id, World.Contact("Morgan Renamed"), Guid.NewGuid(), Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Equal(before, designation.Contact);
    }

    [Fact]
    public void ChangeAdministratorContact_WhenSignedByTheDirector_ChangesTheContactTheActorCarries()
    {
        var designation = Area.ActiveDesignations.Single();

        Area.ChangeAdministratorContact(designation.Id, World.Contact("Morgan Renamed"), World.LocalDirectorId, Today);

        Assert.Equal("Morgan Renamed", designation.Contact.FullName);
        Assert.Equal("Morgan Renamed", Area.ActorFor(designation.PersonId)!.Name);
    }
}
