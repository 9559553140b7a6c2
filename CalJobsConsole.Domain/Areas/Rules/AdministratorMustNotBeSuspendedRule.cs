using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// REV-1 (WSD24-13, Use of the CalJOBS System and Automation; Action): "access must be revoked immediately upon
/// … failure to meet the access requirements", and misuse such as automation to access CalJOBS leads to action
/// against the user's privileges — an administrator whose privileges the Operations Unit suspended keeps the seat
/// but may take no administrative action until the suspension is lifted.
/// </summary>
public sealed class AdministratorMustNotBeSuspendedRule(AdministratorActor administrator) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Rev1;

    public bool IsBroken() => administrator.IsSuspended;

    public string Reason =>
        $"The Operations Unit suspended {administrator.Name}'s {administrator.Role.DisplayName()} privileges: {administrator.SuspensionReason}";

    public string Remedy => "Only the Operations Unit lifts the suspension; administrative actions open again from then on.";
}
