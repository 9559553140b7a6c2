using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// DEA-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts): the deactivation request carries "the staff member's
/// separation date", the day the account's access ends — a date before the account existed cannot be that day, so the
/// request is wrong, not late.
/// </summary>
public sealed class SeparationDateMustNotPrecedeAccountRule(DateOnly separationDate, StaffAccount account) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dea1;

    public bool IsBroken() => separationDate < account.CreatedOn;

    public string Reason =>
        $"The separation date {separationDate:yyyy-MM-dd} is before the account {account.Username} was created on {account.CreatedOn:yyyy-MM-dd}.";

    public string Remedy => "Return the request for correction: the requestor gives the staff member's actual separation date.";
}
