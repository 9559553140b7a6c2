using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): administrators manage "the CalJOBS staff user accounts for their
/// area"; a Director sees the area they direct, a requestor the staff they supervise, a staff member their own account. A
/// missing account gets the same words, so a forged id learns nothing.
/// </summary>
public sealed class AccountMustBeInViewersScopeRule(bool inScope) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !inScope;

    public string Reason =>
        "This account is not one you may see: you see the accounts of the area and offices you administer or direct, the staff you supervise, and your own.";

    public string Remedy => "Open an account from your area's overview, your staff list or My account; the Operations Unit sees every account.";
}
