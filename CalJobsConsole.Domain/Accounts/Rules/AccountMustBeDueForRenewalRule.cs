using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// REV-1 (WSD24-13, Managing CalJOBS Staff Accounts; Maintenance): an account whose annual renewal is overdue
/// is suspended on its due date — not before.
/// </summary>
public sealed class AccountMustBeDueForRenewalRule(StaffAccount account, DateOnly today) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Rev1;

    public bool IsBroken() => today < account.RenewalDueOn;

    public string Reason => $"The account {account.Username} is not due for renewal until {account.RenewalDueOn:yyyy-MM-dd}.";

    public string Remedy => "Suspend it for an overdue renewal on or after its due date, or suspend it with a reason as the Operations Unit.";
}
