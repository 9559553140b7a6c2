using CalJobsConsole.Domain.Monitoring;

namespace CalJobsConsole.Tests.Domain.Monitoring;

/// <summary>MON-1's strata of a quarter, from the creation and deactivation dates only.</summary>
public class MonitoringStrataTests
{
    private static readonly Quarter Q3 = new(2026, 3);

    [Theory]
    [InlineData("2026-07-01", null, MonitoringStratum.New)]
    [InlineData("2026-09-30", null, MonitoringStratum.New)]
    [InlineData("2026-06-30", null, MonitoringStratum.Existing)]
    [InlineData("2025-01-10", "2026-10-01", MonitoringStratum.Existing)]
    [InlineData("2025-01-10", "2026-07-01", MonitoringStratum.Deactivated)]
    [InlineData("2026-08-01", "2026-09-30", MonitoringStratum.Deactivated)]
    [InlineData("2026-10-01", null, null)]
    [InlineData("2025-01-10", "2026-06-30", null)]
    public void Of_PlacesTheAccountInItsStratum(string created, string? deactivated, MonitoringStratum? expected)
    {
        var stratum = MonitoringStrata.Of(DateOnly.Parse(created), deactivated is null ? null : DateOnly.Parse(deactivated), Q3);

        Assert.Equal(expected, stratum);
    }

    [Theory]
    [InlineData("2026-11-29", 2026, 3)]
    [InlineData("2026-10-01", 2026, 3)]
    [InlineData("2026-01-01", 2025, 4)]
    [InlineData("2026-03-31", 2025, 4)]
    public void JustEndedBefore_IsThePreviousQuarter(string today, int year, int number)
    {
        Assert.Equal(new Quarter(year, number), Quarter.JustEndedBefore(DateOnly.Parse(today)));
    }

    [Fact]
    public void Quarter_KnowsItsDays()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), Q3.Start);
        Assert.Equal(new DateOnly(2026, 9, 30), Q3.LastDay);
        Assert.Equal(new DateOnly(2026, 10, 1), Q3.End);
        Assert.Equal("2026 Q3", Q3.ToString());
    }
}
