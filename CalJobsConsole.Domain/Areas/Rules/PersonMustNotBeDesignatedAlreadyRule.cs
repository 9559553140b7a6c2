using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): a designation form adds an administrator to a seat of the area; a
/// person who already holds one of its seats is not added again — their details change by a "change" form instead.
/// </summary>
public sealed class PersonMustNotBeDesignatedAlreadyRule(Area area, string personName, bool alreadyDesignated) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => alreadyDesignated;

    public string Reason => $"{personName} is already designated {area.AdministratorRole.DisplayName()} in {area.Name}.";

    public string Remedy => "To change their contact details, sign a change-of-contact form instead of another addition.";
}
