namespace CalJobsConsole.Domain.Common;

/// <summary>A rule found broken: its code and section, the reason and what would satisfy it.</summary>
public sealed record BrokenRule(RuleCode Rule, string Reason, string Remedy)
{
    public string Code => Rule.Code;

    public static BrokenRule From(IBusinessRule rule) => new(rule.Rule, rule.Reason, rule.Remedy);

    /// <summary>"PRE-1 (WSD24-13, Create New CalJOBS Staff User Account): reason. To proceed: remedy"</summary>
    public string Message => $"{Rule.Citation}: {Reason} To proceed: {Remedy}";

    public override string ToString() => Message;
}
