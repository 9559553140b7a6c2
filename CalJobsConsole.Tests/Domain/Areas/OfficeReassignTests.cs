using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>
/// Moving an office keeps it in a Local Area and served by a field division, and never away from the Local Area whose
/// administrators manage its staff accounts or from the division whose SPOC covers it by name (SCO-1).
/// </summary>
public class OfficeReassignTests
{
    private readonly World _world = new();

    [Fact]
    public void Reassign_WhenGivenAnotherLocalArea_MovesTheOffice()
    {
        _world.PartnerOffice.Reassign(_world.OtherLocalArea, _world.Division, _world.Division, staffAccounts: 0);

        Assert.Equal(_world.OtherLocalArea.Id, _world.PartnerOffice.LocalAreaId);
        Assert.Equal(_world.Division.Id, _world.PartnerOffice.ServingDivisionId);
    }

    [Fact]
    public void Reassign_WhenTheLocalAreaIsAFieldDivision_ThrowsNamingLocalAreaIdAndStays()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.PartnerOffice.Reassign(_world.Division, _world.Division, _world.Division, 0));

        Assert.Equal("LocalAreaId", ex.Field);
        Assert.Equal(_world.LocalArea.Id, _world.PartnerOffice.LocalAreaId);
    }

    [Fact]
    public void Reassign_WhenTheServingDivisionIsALocalArea_ThrowsNamingServingDivisionId()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.PartnerOffice.Reassign(_world.LocalArea, _world.OtherLocalArea, _world.Division, 0));

        Assert.Equal("ServingDivisionId", ex.Field);
    }

    [Fact]
    public void Reassign_WhenTheOfficeHasStaffAccountsAndMovesToAnotherLocalArea_IsRefusedWithSco1AndStays()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            _world.PartnerOffice.Reassign(_world.OtherLocalArea, _world.Division, _world.Division, staffAccounts: 2));

        Assert.Equal(["SCO-1"], ex.Codes);
        Assert.Contains("has 2 staff accounts", ex.BrokenRules.Single().Reason);
        Assert.Equal(_world.LocalArea.Id, _world.PartnerOffice.LocalAreaId);
    }

    [Fact]
    public void Reassign_WhenTheOfficeHasStaffAccountsButKeepsItsLocalArea_MovesToTheNewDivision()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);

        _world.PartnerOffice.Reassign(_world.LocalArea, otherDivision, _world.Division, staffAccounts: 2);

        Assert.Equal(otherDivision.Id, _world.PartnerOffice.ServingDivisionId);
    }

    [Fact]
    public void Reassign_WhenASpocCoversTheOfficeByNameAndItMovesToAnotherDivision_IsRefusedWithSco1AndStays()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);
        var spoc = _world.Division.ActiveDesignations.Single();
        _world.Division.SetSpocCoverage(spoc.Id, SpocCoverage.Offices([_world.PartnerOffice.Id]), [_world.PartnerOffice]);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            _world.PartnerOffice.Reassign(_world.LocalArea, otherDivision, _world.Division, staffAccounts: 0));

        Assert.Equal(["SCO-1"], ex.Codes);
        Assert.Contains("covers Auburn AJCC by name", ex.BrokenRules.Single().Reason);
        Assert.Equal(_world.Division.Id, _world.PartnerOffice.ServingDivisionId);
    }

    [Fact]
    public void Reassign_WhenBothTiesHold_NamesBothRulesAtOnce()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);
        var spoc = _world.Division.ActiveDesignations.Single();
        _world.Division.SetSpocCoverage(spoc.Id, SpocCoverage.Offices([_world.PartnerOffice.Id]), [_world.PartnerOffice]);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            _world.PartnerOffice.Reassign(_world.OtherLocalArea, otherDivision, _world.Division, staffAccounts: 1));

        Assert.Equal(2, ex.BrokenRules.Count);
    }
}
