using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// REV-1 (WSD24-13, Managing CalJOBS Staff Accounts): "access must be revoked immediately upon … failure to
/// meet the access requirements" — a suspended account does not sign in.
/// </summary>
public sealed class AccountMustNotBeSuspendedRule(StaffAccount account) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Rev1;

    public bool IsBroken() => account.Status == AccountStatus.Suspended;

    public string Reason => account.SuspensionCause == SuspensionCause.OverdueRenewal
        ? $"The account {account.Username} is suspended: its annual renewal was due on {account.RenewalDueOn:yyyy-MM-dd}."
        : $"The account {account.Username} is suspended by the Operations Unit: {account.SuspensionNote}";

    public string Remedy => account.SuspensionCause == SuspensionCause.OverdueRenewal
        ? "Your supervisor submits an annual renewal request; its approval reactivates the account."
        : "Contact your area's administrator; only the Operations Unit lifts this suspension.";
}
