using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): the designation form is signed "by the Local Area Director (or
/// their designee)" or "by the Division Chief (or their designee)" — only a Director or Division Chief names designees.
/// </summary>
public sealed class PersonMustDirectAnAreaRule(bool directsAnArea) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => !directsAnArea;

    public string Reason => "Only a Local Area Director or Division Chief names designees.";

    public string Remedy => "Ask your area's Director or Division Chief.";
}
