namespace CalJobsConsole.Domain.Monitoring;

/// <summary>
/// MON-1's three strata of the quarter's population: accounts created in the quarter, accounts open all through it (created
/// before, not deactivated by its end) and accounts deactivated in it. Each is sampled on its own.
/// </summary>
public enum MonitoringStratum
{
    /// <summary>Created in the quarter (and not deactivated in it): complete, current documentation.</summary>
    New = 1,

    /// <summary>Created before the quarter and still open at its end: complete, current documentation; renewal not overdue.</summary>
    Existing = 2,

    /// <summary>Deactivated in the quarter: timely deactivation (DEA-1) with its form uploaded first (DOC-1).</summary>
    Deactivated = 3,
}

public static class MonitoringStrata
{
    /// <summary>
    /// The stratum of an account in <paramref name="quarter"/>, from dates that do not change afterwards (creation and
    /// deactivation dates), so a redraw with the recorded seed finds the same population; null when the account was not in
    /// the quarter's population (created after it, or deactivated before it).
    /// </summary>
    public static MonitoringStratum? Of(DateOnly createdOn, DateOnly? deactivatedOn, Quarter quarter)
    {
        if (createdOn >= quarter.End)
            return null;
        if (deactivatedOn is { } deactivated)
        {
            if (deactivated < quarter.Start)
                return null;
            if (quarter.Contains(deactivated))
                return MonitoringStratum.Deactivated;
        }
        return quarter.Contains(createdOn) ? MonitoringStratum.New : MonitoringStratum.Existing;
    }

    public static string DisplayName(this MonitoringStratum stratum) => stratum switch
    {
        MonitoringStratum.New => "New accounts",
        MonitoringStratum.Existing => "Existing accounts",
        MonitoringStratum.Deactivated => "Deactivated accounts",
        _ => stratum.ToString(),
    };
}
