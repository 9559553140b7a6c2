using CalJobsConsole.Domain.Accounts;

namespace CalJobsConsole.App.Features.Compliance;

/// <summary>The Operations Unit's compliance panels: the statewide figures and the same figures for each area.</summary>
public sealed record CompliancePanels(StatewideCompliance Statewide, IReadOnlyList<AreaCompliance> Areas);

/// <summary>An area named in a statewide figure (no trained administrator, a free seat), linking to its overview.</summary>
public sealed record AreaLink(Guid Id, string Name);

/// <summary>The latest monitoring review: findings resolved of the total.</summary>
public sealed record ReviewProgress(Guid Id, string Quarter, int Resolved, int Total);

public sealed record StatewideCompliance(
    IReadOnlyDictionary<AccountStatus, int> AccountsByStatus,
    int OpenAccounts,
    int OverdueRenewals,
    int MissingEvidence,
    int LateDeactivations,
    IReadOnlyList<AreaLink> AreasWithoutTrainedAdministrator,
    IReadOnlyList<AreaLink> AreasWithFreeSeat,
    int OpenEscalations,
    ReviewProgress? CurrentReview)
{
    /// <summary>Open accounts not past their renewal due date, of all open accounts; null when there is no open account.</summary>
    public int? RenewalCompliancePercent => ComplianceMath.Percent(OpenAccounts - OverdueRenewals, OpenAccounts);
}

/// <summary>One area's row of the by-area table and chart.</summary>
public sealed record AreaCompliance(Guid Id, string Name, int Accounts, int Active, int OpenAccounts, int OverdueRenewals,
    int MissingEvidence, int LateDeactivations, int SeatsHeld, int Cap, int TrainedAdministrators, int OpenEscalations)
{
    public int? CompliancePercent => ComplianceMath.Percent(OpenAccounts - OverdueRenewals, OpenAccounts);
}

public static class ComplianceMath
{
    /// <summary>A whole percentage, rounded down so 99.6 % never shows as a compliant-looking 100 %.</summary>
    public static int? Percent(int part, int whole) => whole == 0 ? null : part * 100 / whole;
}
