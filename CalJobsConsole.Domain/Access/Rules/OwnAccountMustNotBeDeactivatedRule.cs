using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// DEA-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts): a deactivated account's holder gets nothing — an open
/// session closes with the account.
/// </summary>
public sealed class OwnAccountMustNotBeDeactivatedRule(AccountStatus? ownAccountStatus) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dea1;

    public bool IsBroken() => ownAccountStatus == AccountStatus.Deactivated;

    public string Reason => "Your CalJOBS staff account is deactivated: the console is closed to you.";

    public string Remedy => "Ask your supervisor if you need access again; a new account starts from a new request.";
}
