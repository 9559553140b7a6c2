using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// DEA-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts): a deactivated account's access is
/// "revoked"; it neither signs in nor is reset, renewed or changed again.
/// </summary>
public sealed class AccountMustNotBeDeactivatedRule(StaffAccount account) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dea1;

    public bool IsBroken() => account.Status == AccountStatus.Deactivated;

    public string Reason => $"The account {account.Username} was deactivated on {account.DeactivatedOn:yyyy-MM-dd}.";

    public string Remedy => "If the staff member needs CalJOBS again, their requestor submits a new-account request.";
}
