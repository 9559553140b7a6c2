using CalJobsConsole.Domain.IssueReports;

namespace CalJobsConsole.App.Features.IssueReports;

/// <summary>One of the staff member's own reports: where it stands and what their administrator sent back.</summary>
public sealed record MyIssueReportLine(Guid Id, string Summary, string Description, DateTimeOffset ReportedAt, IssueReportStatus Status,
    string? UserErrorNote, IReadOnlyList<IssueMessageLine> Updates);

/// <summary>A line of an administrator's or the Operations Unit's issue queue.</summary>
public sealed record IssueQueueLine(Guid Id, string AreaName, string OfficeName, string ReporterName, string Summary, DateTimeOffset ReportedAt,
    IssueReportStatus Status, int RepliesToRelay);

public sealed record IssueMessageLine(Guid Id, IssueMessageKind Kind, string Text, string AuthorName, DateTimeOffset WrittenAt, bool MarksResolved,
    bool Relayed);

public sealed record IssueScreenshotLine(Guid Id, string FileName, long SizeBytes, DateTimeOffset UploadedAt);

/// <summary>
/// One report as its area's administrator or the Operations Unit sees it, with what the viewer may do now: the administrator
/// verifies, closes, attaches, submits and relays; the Operations Unit replies.
/// </summary>
/// <param name="ReporterEmail">The reporter's e-mail on record: what the reporting form offers as the reporter's e-mail.</param>
public sealed record IssueReportView(Guid Id, string AreaName, string OfficeName, string ReporterName, string? ReporterEmail, string Summary, string Description,
    DateTimeOffset ReportedAt, IssueReportStatus Status, string? UserErrorNote, IssueReportingForm? Form, DateTimeOffset? SubmittedAt,
    IReadOnlyList<IssueScreenshotLine> Screenshots, IReadOnlyList<IssueMessageLine> Messages, bool IsAdministrator, bool IsOperationsUnit)
{
    public bool MayVerifyOrClose => IsAdministrator && Status == IssueReportStatus.Reported;

    public bool MayCompleteForm => IsAdministrator && Status == IssueReportStatus.Verified;

    public bool MayReply => IsOperationsUnit && Status == IssueReportStatus.SubmittedToOperationsUnit;

    public bool MayRelay => IsAdministrator;
}
