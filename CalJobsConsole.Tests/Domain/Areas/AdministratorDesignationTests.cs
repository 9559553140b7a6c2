using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>What a designation form may carry: one seat per person, coverage for SPOCs only, a reason for a revocation.</summary>
public class AdministratorDesignationTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private AdministratorDesignation Add(Area area, Guid personId, SpocCoverage? coverage = null, Guid? recordedById = null) =>
        area.Designate(personId, World.Contact("New Administrator"), area.DirectorId!.Value, Today,
            recordedById ?? World.OperationsUnitUserId, coverage);

    [Fact]
    public void Designate_WhenThePersonAlreadyHoldsASeatInTheArea_IsRefusedWithDes1()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => Add(_world.LocalArea, _world.MisAdministrator.PersonId));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Contains("already designated MIS Administrator in Golden Sierra", ex.BrokenRules.Single().Reason);
        Assert.Single(_world.LocalArea.ActiveDesignations);
    }

    [Fact]
    public void Designate_WhenThePersonWasRemovedEarlier_DesignatesThemAgain()
    {
        var personId = _world.MisAdministrator.PersonId;
        var old = _world.LocalArea.ActiveDesignations.Single();
        _world.LocalArea.RemoveDesignation(old.Id, World.LocalDirectorId, Today);

        var again = Add(_world.LocalArea, personId);

        Assert.True(again.IsActive);
        Assert.NotEqual(old.Id, again.Id);
    }

    [Fact]
    public void Designate_WhenPersonIdIsEmpty_ThrowsNamingPersonId()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.LocalArea, Guid.Empty));

        Assert.Equal("PersonId", ex.Field);
    }

    [Fact]
    public void Designate_WhenNoOneRecordsTheForm_ThrowsNamingRecordedById()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.LocalArea, Guid.NewGuid(), recordedById: Guid.Empty));

        Assert.Equal("RecordedById", ex.Field);
        Assert.Single(_world.LocalArea.ActiveDesignations);
    }

    [Fact]
    public void Designate_WhenAnMisAdministratorIsGivenSpocCoverage_ThrowsNamingCoverage()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Add(_world.LocalArea, Guid.NewGuid(), SpocCoverage.Offices([_world.PartnerOffice.Id])));

        Assert.Equal("Coverage", ex.Field);
        Assert.Single(_world.LocalArea.ActiveDesignations);
    }

    [Fact]
    public void Designate_WhenInALocalArea_MakesAnMisAdministratorWithoutCoverage()
    {
        var designation = Add(_world.LocalArea, Guid.NewGuid());

        Assert.Equal(AdministratorRole.MisAdministrator, designation.Role);
        Assert.Null(designation.Coverage);
    }

    [Fact]
    public void Designate_WhenASpocIsGivenNoCoverage_CoversTheWholeDivision()
    {
        var designation = Add(_world.Division, Guid.NewGuid());

        Assert.Equal(AdministratorRole.CalJobsSpoc, designation.Role);
        Assert.Equal(SpocCoverage.Division, designation.Coverage);
    }

    [Fact]
    public void SetSpocCoverage_WhenTheDesignationIsAnMisAdministrator_ThrowsNamingCoverage()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.SetSpocCoverage(designation.Id, SpocCoverage.Offices([_world.PartnerOffice.Id]), [_world.PartnerOffice]));

        Assert.Equal("Coverage", ex.Field);
        Assert.Null(designation.Coverage);
    }

    [Fact]
    public void SetSpocCoverage_WhenTheDivisionNarrowsASpoc_TheActorCarriesTheNewCoverage()
    {
        var designation = _world.Division.ActiveDesignations.Single();
        var offices = SpocCoverage.Offices([_world.WsbOnlyOffice.Id]);

        _world.Division.SetSpocCoverage(designation.Id, offices, [_world.PartnerOffice, _world.WsbOnlyOffice]);

        Assert.Equal(offices, _world.Division.ActorFor(_world.Spoc.PersonId)!.Coverage);
    }

    [Fact]
    public void RemoveDesignation_WhenAReasonIsGiven_RecordsItTrimmed()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();

        _world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, Today, "  Retired  ");

        Assert.Equal("Retired", designation.EndReason);
    }

    [Fact]
    public void RemoveDesignation_WhenTheDesignationIsNoLongerActive_ThrowsNamingDesignationId()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();
        _world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, Today);

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, Today));

        Assert.Equal("designationId", ex.Field);
    }

    [Fact]
    public void RemoveDesignation_WhenTheDesignationBelongsToAnotherArea_ThrowsNamingDesignationId()
    {
        var spocDesignation = _world.Division.ActiveDesignations.Single();

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.RemoveDesignation(spocDesignation.Id, World.LocalDirectorId, Today));

        Assert.Equal("designationId", ex.Field);
        Assert.True(spocDesignation.IsActive);
    }

    [Fact]
    public void RevokeAdministrator_WhenGivenAReason_EndsTheDesignationAsRevoked()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();

        _world.LocalArea.RevokeAdministrator(designation.Id, "Automated queries against CalJOBS.", Today);

        Assert.Equal(DesignationStatus.Revoked, designation.Status);
        Assert.Equal(Today, designation.EndedOn);
        Assert.Equal("Automated queries against CalJOBS.", designation.EndReason);
        Assert.Equal(3, _world.LocalArea.FreeSeats);
    }

    [Fact]
    public void RevokeAdministrator_WhenNoReasonIsGiven_ThrowsNamingReasonAndKeepsTheSeat()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.RevokeAdministrator(designation.Id, "  ", Today));

        Assert.Equal("Reason", ex.Field);
        Assert.True(designation.IsActive);
    }
}
