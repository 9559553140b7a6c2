using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// SCO-1 (WSD24-13, CalJOBS Support; Reporting CalJOBS System Issues; ISS-1): staff report problems to their area's MIS
/// Administrator or CalJOBS SPOC, who work them and correspond with the CalJOBS Operations Unit — the queue of reports is
/// theirs and the Operations Unit's, never a staff member's.
/// </summary>
public sealed class IssueReportsMustBeWorkedByAdministratorOrOperationsUnitRule(bool isAdministratorOrOperationsUnit) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isAdministratorOrOperationsUnit;

    public string Reason => "Only an area's administrators and the Operations Unit work issue reports.";

    public string Remedy => "Report a problem to your area's administrator from 'Report a problem'; your reports are under 'My issue reports'.";
}
