using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): designation forms are signed by the Local Area Director or Division
/// Chief, or a designee they named — a person who is neither for any area now signs none.
/// </summary>
public sealed class PersonMustSignForAnAreaRule(bool signsForAnArea) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => !signsForAnArea;

    public string Reason => "You do not sign designation forms for any area now.";

    public string Remedy => "Only a Local Area Director or Division Chief, or a designee they named, signs them.";
}
