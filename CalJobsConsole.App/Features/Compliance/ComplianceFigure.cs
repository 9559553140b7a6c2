namespace CalJobsConsole.App.Features.Compliance;

/// <summary>A column of the by-area table: what the table sorts by and the chart plots.</summary>
public enum ComplianceFigure
{
    Area, Accounts, Active, OverdueRenewals, CompliancePercent, MissingEvidence, LateDeactivations, Seats, TrainedAdministrators, OpenEscalations,
}

public static class ComplianceFigures
{
    public static string Label(this ComplianceFigure figure) => figure switch
    {
        ComplianceFigure.Area => "Area",
        ComplianceFigure.Accounts => "Accounts",
        ComplianceFigure.Active => "Active",
        ComplianceFigure.OverdueRenewals => "Overdue renewals",
        ComplianceFigure.CompliancePercent => "Renewal compliance %",
        ComplianceFigure.MissingEvidence => "Missing evidence",
        ComplianceFigure.LateDeactivations => "Late deactivations",
        ComplianceFigure.Seats => "Seats held / cap",
        ComplianceFigure.TrainedAdministrators => "Trained administrators",
        ComplianceFigure.OpenEscalations => "Open escalations",
        _ => figure.ToString(),
    };

    /// <summary>The figure's number for an area (seats: held; compliance: -1 for an area without open accounts, so it sorts first).</summary>
    public static double ValueOf(this ComplianceFigure figure, AreaCompliance area) => figure switch
    {
        ComplianceFigure.Accounts => area.Accounts,
        ComplianceFigure.Active => area.Active,
        ComplianceFigure.OverdueRenewals => area.OverdueRenewals,
        ComplianceFigure.CompliancePercent => area.CompliancePercent ?? -1,
        ComplianceFigure.MissingEvidence => area.MissingEvidence,
        ComplianceFigure.LateDeactivations => area.LateDeactivations,
        ComplianceFigure.Seats => area.SeatsHeld,
        ComplianceFigure.TrainedAdministrators => area.TrainedAdministrators,
        ComplianceFigure.OpenEscalations => area.OpenEscalations,
        _ => 0,
    };

    public static IEnumerable<AreaCompliance> SortBy(this IEnumerable<AreaCompliance> areas, ComplianceFigure figure, bool descending) =>
        figure == ComplianceFigure.Area
            ? descending ? areas.OrderByDescending(a => a.Name, StringComparer.CurrentCulture) : areas.OrderBy(a => a.Name, StringComparer.CurrentCulture)
            : descending ? areas.OrderByDescending(a => figure.ValueOf(a)).ThenBy(a => a.Name) : areas.OrderBy(a => figure.ValueOf(a)).ThenBy(a => a.Name);
}
