using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>A SPOC covers only offices their own division serves (SCO-1).</summary>
public class SpocCoverageLimitTests
{
    private readonly World _world = new();

    [Fact]
    public void SetSpocCoverage_WhenAnOfficeIsServedByAnotherDivision_IsRefusedWithSco1AndKeepsTheOldCoverage()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);
        var elsewhere = Office.Open("Elk Grove EDD Office", _world.OtherLocalArea, otherDivision, hasTitleIPartner: false);
        var designation = _world.Division.ActiveDesignations.Single();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => _world.Division.SetSpocCoverage(designation.Id,
            SpocCoverage.Offices([_world.PartnerOffice.Id, elsewhere.Id]), [_world.PartnerOffice, elsewhere]));

        Assert.Equal(["SCO-1"], ex.Codes);
        Assert.Contains("WSB Northern Division does not serve one of the chosen offices", ex.BrokenRules.Single().Reason);
        Assert.Equal(SpocCoverage.Division, designation.Coverage);
    }

    [Fact]
    public void SetSpocCoverage_WhenAnOfficeWasNotLoadedForTheDivision_IsRefusedWithSco1()
    {
        var designation = _world.Division.ActiveDesignations.Single();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => _world.Division.SetSpocCoverage(designation.Id,
            SpocCoverage.Offices([Guid.NewGuid()]), [_world.PartnerOffice]));

        Assert.Equal(["SCO-1"], ex.Codes);
        Assert.Equal(SpocCoverage.Division, designation.Coverage);
    }

    [Fact]
    public void SetSpocCoverage_WhenTheWholeDivisionIsChosen_NeedsNoOffices()
    {
        var designation = _world.Division.ActiveDesignations.Single();
        _world.Division.SetSpocCoverage(designation.Id, SpocCoverage.Offices([_world.WsbOnlyOffice.Id]), [_world.WsbOnlyOffice]);

        _world.Division.SetSpocCoverage(designation.Id, SpocCoverage.Division, []);

        Assert.Equal(SpocCoverage.Division, designation.Coverage);
    }
}
