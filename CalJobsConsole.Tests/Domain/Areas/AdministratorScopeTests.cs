using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>SCO-1: an MIS Administrator covers its Local Area; a SPOC covers what its division decided.</summary>
public class AdministratorScopeTests
{
    private readonly World _world = new();

    private AdministratorActor SpocCovering(params Guid[] officeIds) =>
        _world.Designate(_world.Division, "Olive Offices", trained: true, SpocCoverage.Offices(officeIds));

    [Fact]
    public void Covers_WhenMisAdministratorAndAnOfficeOfItsOwnLocalArea_ReturnsTrue()
    {
        var mis = _world.MisAdministrator;

        Assert.True(mis.Covers(_world.LocalArea.Id, _world.PartnerOffice.Id));
        Assert.True(mis.Covers(_world.LocalArea.Id, _world.WsbOnlyOffice.Id));
    }

    [Fact]
    public void Covers_WhenMisAdministratorAndAnotherLocalArea_ReturnsFalse()
    {
        Assert.False(_world.MisAdministrator.Covers(_world.OtherLocalArea.Id, _world.OtherOffice.Id));
    }

    [Fact]
    public void Covers_WhenMisAdministratorAndTheDivisionServingItsOffices_ReturnsFalse()
    {
        Assert.False(_world.MisAdministrator.Covers(_world.Division.Id, _world.PartnerOffice.Id));
    }

    [Fact]
    public void Covers_WhenSpocCoversTheWholeDivision_ReturnsTrueForAnyOfficeTheDivisionServes()
    {
        var spoc = _world.Spoc;

        Assert.True(spoc.Coverage!.WholeDivision);
        Assert.True(spoc.Covers(_world.Division.Id, _world.WsbOnlyOffice.Id));
        Assert.True(spoc.Covers(_world.Division.Id, _world.OtherOffice.Id));
    }

    [Fact]
    public void Covers_WhenSpocAndALocalAreaAccount_ReturnsFalse()
    {
        Assert.False(_world.Spoc.Covers(_world.LocalArea.Id, _world.PartnerOffice.Id));
    }

    [Fact]
    public void Covers_WhenSpocCoversListedOffices_ReturnsTrueOnlyForThoseOffices()
    {
        var spoc = SpocCovering(_world.WsbOnlyOffice.Id, _world.OtherOffice.Id);

        Assert.True(spoc.Covers(_world.Division.Id, _world.WsbOnlyOffice.Id));
        Assert.True(spoc.Covers(_world.Division.Id, _world.OtherOffice.Id));
        Assert.False(spoc.Covers(_world.Division.Id, _world.PartnerOffice.Id));
    }

    [Fact]
    public void AdministratorMustActWithinScopeRule_WhenOutsideCoverage_IsBrokenWithSco1()
    {
        var spoc = SpocCovering(_world.WsbOnlyOffice.Id);

        var broken = BusinessRules.Evaluate(new AdministratorMustActWithinScopeRule(spoc, _world.Division.Id, _world.PartnerOffice.Id));

        Assert.Equal(["SCO-1"], broken.Select(r => r.Code));
    }

    [Fact]
    public void AdministratorMustActWithinScopeRule_WhenInsideCoverage_IsNotBroken()
    {
        var broken = BusinessRules.Evaluate(
            new AdministratorMustActWithinScopeRule(_world.MisAdministrator, _world.LocalArea.Id, _world.PartnerOffice.Id));

        Assert.Empty(broken);
    }
}
