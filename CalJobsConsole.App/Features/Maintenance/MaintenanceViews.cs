using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

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

/// <summary>
/// What a maintenance act came to: done (with the temporary password to show once, for a reset), or every refusal.
/// Unlike <see cref="CreationOutcome"/>, an act succeeds without a credential (a privilege update issues none).
/// </summary>
public sealed record MaintenanceOutcome(IReadOnlyList<BrokenRule> BrokenRules, string? Problem, IssuedCredential? Credential = null, bool Delivered = false)
{
    public bool Succeeded => BrokenRules.Count == 0 && Problem is null;

    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    /// <summary>Runs an act, turning an expected refusal (with its rules), refused input or a lost race into the outcome the page shows.</summary>
    public static async Task<MaintenanceOutcome> Of(Func<Task<MaintenanceOutcome>> act)
    {
        try
        {
            return await act();
        }
        catch (BusinessRuleViolationException ex)
        {
            return new MaintenanceOutcome(ex.BrokenRules, null);
        }
        catch (InvalidInputException ex)
        {
            return new MaintenanceOutcome([], ex.Problem);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MaintenanceOutcome([], AccountCreationService.ChangedMessage);
        }
    }
}
