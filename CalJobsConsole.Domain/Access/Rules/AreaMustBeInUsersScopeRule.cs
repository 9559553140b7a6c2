using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): administrators see "the CalJOBS staff user accounts for their area",
/// a Director sees the area they direct, and only the Operations Unit sees every area.
/// </summary>
public sealed class AreaMustBeInUsersScopeRule(bool inScope) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !inScope;

    public string Reason => "This area is not yours: you see only the area you administer or direct.";

    public string Remedy => "Open your own area from the navigation; the Operations Unit sees every area.";
}
