using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// ISS-1 (WSD24-13, Reporting CalJOBS System Issues): "The MIS Local Administrator or WSB CalJOBS SPOC must verify the issue
/// is a system issue and not user error. If it is an issue, [they] must submit a completed CalJOBS Issue Reporting Form" —
/// so a report reaches the Operations Unit only once verified, and only once.
/// </summary>
public sealed class IssueReportMustBeVerifiedBeforeSubmissionRule(IssueReportStatus status) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Iss1;

    public bool IsBroken() => status != IssueReportStatus.Verified;

    public string Reason => status switch
    {
        IssueReportStatus.Reported => "The issue has not been verified as a system issue yet.",
        IssueReportStatus.SubmittedToOperationsUnit or IssueReportStatus.Resolved => "The reporting form was already submitted to the Operations Unit.",
        _ => $"The issue report is {status.DisplayName().ToLowerInvariant()}.",
    };

    public string Remedy => status == IssueReportStatus.Reported
        ? "Verify that it is a system issue and not user error first, then complete and submit the reporting form."
        : "Nothing more to submit; the Operations Unit's replies appear on the report.";
}
