using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): the designation form is signed "by the Local
/// Area Director (or their designee)" — so only the Director (or Division Chief) decides who their
/// designees are.
/// </summary>
public sealed class OnlyDirectorMayNameDesigneesRule(Area area, Guid actingPersonId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => area.DirectorId is null || actingPersonId != area.DirectorId;

    public string Reason => $"Only the {area.Kind.SignerTitle()} of {area.Name} names or withdraws the designees who sign for them.";

    public string Remedy => $"Ask {area.Director?.FullName ?? $"the {area.Kind.SignerTitle()}"} to do it.";
}
