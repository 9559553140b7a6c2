using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): the designation form "must be signed by the
/// Local Area Director (or their designee)" for MIS Administrators, and "by the Division Chief (or
/// their designee)" for WSB CalJOBS SPOCs.
/// </summary>
public sealed class SignerMustBeDirectorOrCurrentDesigneeRule(Area area, Guid signerId, DateOnly signedOn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => !area.MaySignDesignationForms(signerId, signedOn);

    public string Reason =>
        $"The designation form for {area.Name} is not signed by its {area.Kind.SignerTitle()} or a current designee of theirs.";

    public string Remedy =>
        $"Have {area.Director?.FullName ?? $"the {area.Kind.SignerTitle()}"} sign the form, or name a designee who signs it.";
}
