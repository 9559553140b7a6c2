using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.NewAccounts;

public sealed record GroupOption(Guid Id, string Name, IReadOnlyList<string> PrivilegeCodes);

public sealed record PrivilegeOption(string Code, string Name, bool IsRestricted);

/// <summary>An escalation of the request (GRP-3) as the administrator and the requestor see it.</summary>
public sealed record EscalationSummary(Guid Id, EscalationStatus Status, string GroupName, IReadOnlyList<string> PrivilegeCodes,
    IReadOnlyList<string> BrokenRuleCodes, string Reason, DateTimeOffset RaisedAt, string? DecisionNote, DateTimeOffset? DecidedAt);

/// <summary>
/// An approved new-account request as its administrator fulfils it: every reason creation is refused now, the groups
/// this administrator may grant (GRP-1/GRP-2) and the privileges they may add (not restricted), the restricted ones
/// that need an escalation (GRP-3), and the escalation or the created account once there is one. <see cref="KnownPerson"/>:
/// what creating the account means for a staff member the console knows already (a rehire, or a person with another role).
/// </summary>
public sealed record CreationDesk(
    Guid RequestId,
    AccessRequestStatus Status,
    string StaffName,
    Guid? RequestedGroupId,
    string RequestedGroupName,
    bool RequestedGroupIsGrantable,
    IReadOnlyList<GroupOption> OfferedGroups,
    IReadOnlyList<PrivilegeOption> OfferedPrivileges,
    IReadOnlyList<PrivilegeOption> EscalationPrivileges,
    string SuggestedUsername,
    IReadOnlyList<BrokenRule> Eligibility,
    EscalationSummary? Escalation,
    Guid? CreatedAccountId,
    int Version,
    string? KnownPerson = null)
{
    public bool IsOpen => Status == AccessRequestStatus.Approved && CreatedAccountId is null;

    public bool MayCreate => IsOpen && Eligibility.Count == 0;

    /// <summary>Escalating makes sense once approved and not yet escalated (or after a decline the request is closed anyway).</summary>
    public bool MayEscalate => IsOpen && Escalation is null;
}

/// <summary>
/// What creating an account (by its administrator, or by the Operations Unit granting an escalation) leaves to show once: the
/// temporary password (CRD-1), and whether the message carrying it reached the staff member and the requestor.
/// </summary>
public sealed record DeliveredCredential(IssuedCredential Credential, bool Delivered);
