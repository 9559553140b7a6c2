using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// ISS-1 (WSD24-13, Reporting CalJOBS System Issues): administrators "collect identified system issues from staff" of their
/// area — a report comes from a staff member, whose staff account names the area and office whose administrator receives it.
/// </summary>
public sealed class IssueReporterMustHoldStaffAccountRule(Guid? staffAccountId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Iss1;

    public bool IsBroken() => staffAccountId is null || staffAccountId == Guid.Empty;

    public string Reason => "Issue reports come from staff with a CalJOBS staff account: it names the area whose administrator receives the report.";

    public string Remedy => "Sign in with your staff account; an administrator submits what they find to the Operations Unit from their issue queue.";
}
