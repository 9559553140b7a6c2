using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// REV-1 (WSD24-13, Managing CalJOBS Staff Accounts): "access must be revoked immediately" — while the holder's own staff
/// account is suspended the console is closed to them.
/// </summary>
public sealed class OwnAccountMustNotBeSuspendedRule(AccountStatus? ownAccountStatus) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Rev1;

    public bool IsBroken() => ownAccountStatus == AccountStatus.Suspended;

    public string Reason => "Your CalJOBS staff account is suspended: the console is closed to you until the suspension ends.";

    public string Remedy => "Ask your supervisor or your area's administrator why, and what lifts it.";
}
