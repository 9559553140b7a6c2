using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// ISS-1 (WSD24-13, Reporting CalJOBS System Issues): a report moves in order — the administrator verifies or closes a new one,
/// submits a verified one, the Operations Unit replies to a submitted one. A step out of order (closing a submitted report,
/// replying to one still with the administrator, resolving twice) is refused with where the report stands.
/// </summary>
public sealed class IssueReportMustBeInStatusRule(string action, IssueReportStatus status, params IssueReportStatus[] allowed) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Iss1;

    public bool IsBroken() => !allowed.Contains(status);

    public string Reason => $"The issue report is {status.DisplayName().ToLowerInvariant()}: it cannot be {action} now.";

    public string Remedy => allowed.Length == 0 ? "Reload the report."
        : $"Reload the report: this is done to a report that is {string.Join(" or ", allowed.Select(s => s.DisplayName().ToLowerInvariant()))}.";
}
