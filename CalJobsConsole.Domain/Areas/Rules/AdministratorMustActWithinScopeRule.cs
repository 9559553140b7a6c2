using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): administrators manage "the CalJOBS staff user
/// accounts for their area" — a Local Area for an MIS Administrator, the offices of the field
/// division their coverage names for a CalJOBS SPOC. Without an office the act is on the area as a whole.
/// </summary>
public sealed class AdministratorMustActWithinScopeRule(AdministratorActor administrator, Guid areaId, Guid? officeId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !administrator.Covers(areaId, officeId);

    public string Reason => $"This account or request is outside {administrator.Name}'s area ({administrator.AreaName}) or coverage.";

    public string Remedy => "Send it to the administrator of the staff member's own area and office.";
}
