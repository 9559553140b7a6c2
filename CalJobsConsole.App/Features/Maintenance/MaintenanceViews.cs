using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// An approved password-reset request as its administrator fulfils it: whose account, and every reason the reset is
/// refused now (REQ-1, DES-2, REV-1, SCO-1, DOC-1, DEA-1).
/// </summary>
public sealed record PasswordResetDesk(Guid RequestId, AccessRequestStatus Status, Guid AccountId, string StaffName, string Username,
    IReadOnlyList<BrokenRule> Eligibility, int Version)
{
    public bool IsOpen => Status == AccessRequestStatus.Approved;

    public bool MayReset => IsOpen && Eligibility.Count == 0;
}

/// <summary>
/// An approved privilege-update request as its administrator fulfils it: the account's group and extra privileges now,
/// the group asked for, the groups this administrator may grant (GRP-1/GRP-2) and the privileges they may add (not
/// restricted), the restricted ones an escalation may ask for (GRP-3), every reason the update is refused now, and the
/// escalation once there is one.
/// </summary>
public sealed record PrivilegeUpdateDesk(
    Guid RequestId,
    AccessRequestStatus Status,
    Guid AccountId,
    string StaffName,
    string Username,
    string CurrentGroupName,
    IReadOnlyList<string> CurrentExtraPrivilegeCodes,
    Guid? RequestedGroupId,
    string RequestedGroupName,
    bool RequestedGroupIsGrantable,
    IReadOnlyList<GroupOption> OfferedGroups,
    IReadOnlyList<PrivilegeOption> OfferedPrivileges,
    IReadOnlyList<PrivilegeOption> EscalationPrivileges,
    IReadOnlyList<BrokenRule> Eligibility,
    EscalationSummary? Escalation,
    int Version)
{
    public bool IsOpen => Status == AccessRequestStatus.Approved;

    public bool MayUpdate => IsOpen && Eligibility.Count == 0;

    public bool MayEscalate => IsOpen && Escalation is null;
}

/// <summary>A reset's new temporary password (CRD-1), to show once, and whether the message to the staff member went out.</summary>
public sealed record IssuedPassword(IssuedCredential Credential, bool Delivered);
