using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): the list of staff accounts belongs to those who manage or oversee
/// them — the Operations Unit statewide, an area's MIS Administrators and CalJOBS SPOCs, and its Director.
/// </summary>
public sealed class UserMustBeEntitledToListAccountsRule(bool mayList) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !mayList;

    public string Reason => "Only the Operations Unit, an area's administrators and its Director list staff accounts.";

    public string Remedy => "Open your own account from \"My account\", or your staff from your requests.";
}
