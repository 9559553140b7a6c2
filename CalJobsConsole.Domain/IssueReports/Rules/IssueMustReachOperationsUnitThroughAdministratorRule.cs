using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// ISS-1 (WSD24-13, CalJOBS Support; Reporting CalJOBS System Issues): "staff (other than MIS Administrators and WSB CalJOBS
/// SPOCs) should not contact the CalJOBS Operations Unit directly"; "All correspondence will be between the Local Area MIS
/// Administrator or WSB CalJOBS SPOC and the CalJOBS Operations Unit." Only an administrator submits or relays.
/// </summary>
public sealed class IssueMustReachOperationsUnitThroughAdministratorRule(AdministratorActor? administrator) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Iss1;

    public bool IsBroken() => administrator is null;

    public string Reason => "Staff do not contact the CalJOBS Operations Unit directly: only the area's MIS Administrator or CalJOBS SPOC submits issue reports and corresponds with it.";

    public string Remedy => "Report the problem to your area's administrator (Report a problem); they verify it and submit it to the Operations Unit.";
}
