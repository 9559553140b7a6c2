using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Inbox;

public sealed record InboxLine(Guid Id, AccessRequestKind Kind, string StaffName, string OfficeName, string AreaName,
    AccessRequestStatus Status, DateTimeOffset SubmittedAt)
{
    public string StaffEmail { get; init; } = "";
}

/// <summary>
/// One request as its administrator decides it: the Attachment 3 as filed, in words (<see cref="Form"/>), who may grant the
/// group it asks for and what approval does with it (<see cref="GroupGrant"/>), every reason approval is refused now
/// (<see cref="Eligibility"/>), and the <see cref="Version"/> the decision is taken against.
/// </summary>
public sealed record InboxRequest(Guid Id, AccessRequestKind Kind, AccessRequestStatus Status, string AreaName,
    IReadOnlyList<FiledField> Form, GroupGrantStatement? GroupGrant, string? DecisionNote, int Version,
    IReadOnlyList<BrokenRule> Eligibility, bool ViewOnly = false)
{
    /// <summary>Waiting for this user's decision: submitted, and the user is the area's administrator (not a read-only viewer).</summary>
    public bool AwaitsDecision => Status == AccessRequestStatus.Submitted && !ViewOnly;

    /// <summary>
    /// What the eligibility panel says when nothing refuses approval; when the group is not this administrator's to grant,
    /// it says so beside "you may approve", so approving is not read as granting the group.
    /// </summary>
    public string EligibleText => GroupGrant?.GroupRule is { } rule
        ? $"Every prerequisite is met: you may approve this request. Approval does not grant the privilege group it asks for ({rule.Code}): see below."
        : "Every prerequisite is met: you may approve this request.";
}

/// <summary>
/// Who may grant the requested privilege group (GRP-1, GRP-2, otherwise the Operations Unit, GRP-3), how the account is
/// administered (LWIA or WSB staff), and — while the request awaits this administrator's decision — what approving does with
/// the group: <see cref="GroupRule"/> is the group rule that stops this administrator granting it (with its reason), and
/// <see cref="OnApproval"/> says what happens instead (an escalation to the Operations Unit, not a refusal).
/// </summary>
public sealed record GroupGrantStatement(string GroupName, string GrantedBy, string AdministeredAs, BrokenRule? GroupRule,
    string? OnApproval, IReadOnlyList<string> Alternatives);
