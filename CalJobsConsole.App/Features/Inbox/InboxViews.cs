using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Inbox;

public sealed record InboxLine(Guid Id, AccessRequestKind Kind, string StaffName, string OfficeName, string AreaName,
    AccessRequestStatus Status, DateTimeOffset SubmittedAt)
{
    public string StaffEmail { get; init; } = "";
}

/// <summary>
/// One request as its administrator decides it: the form as submitted, every reason approval is refused now
/// (<see cref="Eligibility"/>), and the <see cref="Version"/> the decision is taken against.
/// </summary>
public sealed record InboxRequest(Guid Id, AccessRequestKind Kind, AccessRequestStatus Status, string StaffName, string StaffEmail,
    StaffKind StaffKind, string OfficeName, string AreaName, DateTimeOffset SubmittedAt, DateOnly? IspaCompletedOn, DateOnly? StatementDate,
    bool StatementRefused, DateOnly? SeparationDate, string? BusinessNeed, string? DecisionNote, int Version, IReadOnlyList<BrokenRule> Eligibility,
    bool ViewOnly = false)
{
    /// <summary>Waiting for this user's decision: submitted, and the user is the area's administrator (not a read-only viewer).</summary>
    public bool AwaitsDecision => Status == AccessRequestStatus.Submitted && !ViewOnly;
}
