using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features;

/// <summary>
/// Date-times as people read them: in the business time zone (<c>CalJobs:BusinessTimeZone</c>), never UTC, named where a
/// time could be misread ("2026-03-16 13:33 Pacific time"). Instants are stored in UTC; only screens, messages and CSV use this.
/// </summary>
public static class BusinessTime
{
    /// <summary>"Pacific time" for the default zone; the zone's own standard name for any other.</summary>
    public static string ZoneLabel(BusinessClock clock) =>
        clock.Zone.Id is BusinessClock.DefaultTimeZoneId or "Pacific Standard Time" ? "Pacific time" : clock.Zone.StandardName;

    /// <summary>"2026-03-16 13:33": the instant on the business clock, for a column whose header names the zone.</summary>
    public static string Format(DateTimeOffset instant, BusinessClock clock) => clock.ToBusinessTime(instant).ToString("yyyy-MM-dd HH:mm");

    /// <summary>"2026-03-16 13:33 Pacific time": for running text, where nothing else names the zone.</summary>
    public static string FormatLabelled(DateTimeOffset instant, BusinessClock clock) => $"{Format(instant, clock)} {ZoneLabel(clock)}";
}
