using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>A SPOC's coverage: the whole division, or at least one named office.</summary>
public class SpocCoverageTests
{
    [Fact]
    public void Offices_WhenNoOfficeIsNamed_ThrowsNamingOfficeIds()
    {
        var ex = Assert.Throws<InvalidInputException>(() => SpocCoverage.Offices([]));

        Assert.Equal("OfficeIds", ex.Field);
    }

    [Fact]
    public void Offices_WhenOnlyEmptyIdsAreNamed_ThrowsNamingOfficeIds()
    {
        var ex = Assert.Throws<InvalidInputException>(() => SpocCoverage.Offices([Guid.Empty]));

        Assert.Equal("OfficeIds", ex.Field);
    }

    [Fact]
    public void Offices_WhenAnOfficeIsNamedTwice_HoldsItOnceAndIsNotWholeDivision()
    {
        var office = Guid.NewGuid();

        var coverage = SpocCoverage.Offices([office, office]);

        Assert.False(coverage.WholeDivision);
        Assert.Equal([office], coverage.OfficeIds);
    }

    [Fact]
    public void Equals_WhenTheSameOfficesAreNamedInAnotherOrder_ReturnsTrue()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();

        Assert.Equal(SpocCoverage.Offices([a, b]), SpocCoverage.Offices([b, a]));
        Assert.NotEqual(SpocCoverage.Offices([a]), SpocCoverage.Offices([a, b]));
        Assert.NotEqual(SpocCoverage.Division, SpocCoverage.Offices([a]));
    }
}
