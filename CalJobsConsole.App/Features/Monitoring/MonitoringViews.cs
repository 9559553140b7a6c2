using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;

namespace CalJobsConsole.App.Features.Monitoring;

/// <summary>One quarter's review in the Operations Unit's list.</summary>
public sealed record ReviewListLine(Guid Id, string Quarter, DateTimeOffset DrawnAt, MonitoringReviewStatus Status, int Sampled, int Findings,
    int ResolvedFindings, DateTimeOffset? PublishedAt);

/// <summary>A finding as the screens show it: the rule, the reason and remedy, and each step of its follow-up.</summary>
public sealed record FindingLine(Guid Id, string Code, string Citation, string Reason, string Remedy, FindingStatus Status,
    string? RequestNote, DateTimeOffset? RequestedAt, string? AnswerText, Guid? AnswerDocumentId, string? AnswerDocumentName, DateTimeOffset? AnsweredAt,
    string? ResolutionNote, DateTimeOffset? ResolvedAt);

/// <summary>A sampled account with its findings (none: compliant).</summary>
/// <param name="ActRequestId">The request of the act that created or last renewed the account (its PDF record is a link away); null for an account imported without one.</param>
public sealed record SampleLine(Guid AccountId, string Username, string StaffName, MonitoringStratum Stratum, IReadOnlyList<FindingLine> Findings,
    Guid? ActRequestId = null)
{
    public bool IsCompliant => Findings.Count == 0;
}

/// <summary>One area's part of a review: its sampled accounts by stratum.</summary>
public sealed record AreaResult(Guid AreaId, string AreaName, IReadOnlyList<SampleLine> Samples)
{
    public int Findings => Samples.Sum(s => s.Findings.Count);

    public int Resolved => Samples.Sum(s => s.Findings.Count(f => f.Status == FindingStatus.Resolved));
}

/// <summary>A review (all its areas for the Operations Unit; one area for its Director and administrators).</summary>
public sealed record ReviewView(Guid Id, string Quarter, int Seed, DateTimeOffset AsOf, int SizePerStratum, DateTimeOffset DrawnAt,
    MonitoringReviewStatus Status, DateTimeOffset? PublishedAt, IReadOnlyList<AreaResult> Areas)
{
    public int Sampled => Areas.Sum(a => a.Samples.Count);

    public int Findings => Areas.Sum(a => a.Findings);

    public int Resolved => Areas.Sum(a => a.Resolved);

    public int SampledIn(MonitoringStratum stratum) => Areas.Sum(a => a.Samples.Count(s => s.Stratum == stratum));
}

/// <summary>A published result the user may read: their own area in one quarter's review.</summary>
public sealed record PublishedResultLine(Guid ReviewId, string Quarter, Guid AreaId, string AreaName, DateTimeOffset PublishedAt, int Sampled, int Findings);

/// <summary>
/// A documentation request waiting in an administrator's inbox, or the finding behind it. <see cref="AnswerRefusals"/>: while
/// the finding awaits an answer, every rule an answer by this person would break (SCO-1, DES-2, REV-1), shown on the page.
/// </summary>
public sealed record FindingTask(Guid FindingId, Guid ReviewId, string Quarter, Guid AreaId, string AreaName, Guid AccountId, string Username,
    string StaffName, MonitoringStratum Stratum, FindingLine Finding, bool MayAttachDocument, bool MayAnswer, IReadOnlyList<BrokenRule> AnswerRefusals);

/// <summary>Whether the recorded seed still draws the review's sample.</summary>
public sealed record DrawCheck(bool Same, int Recorded, int Redrawn);

/// <summary>The kinds of document an administrator may attach to an answer.</summary>
public static class AnswerDocumentKinds
{
    public static IReadOnlyList<DocumentKind> All { get; } = Enum.GetValues<DocumentKind>();
}
