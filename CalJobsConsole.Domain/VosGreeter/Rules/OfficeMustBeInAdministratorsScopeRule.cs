using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts), for VOSGreeter setup: an MIS Administrator works on the offices of
/// their Local Area, a CalJOBS SPOC on the offices of their field division that their coverage takes in.
/// </summary>
public sealed class OfficeMustBeInAdministratorsScopeRule(AdministratorActor administrator, CheckInOffice office) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !office.IsInScopeOf(administrator);

    public string Reason => $"{office.Name} is outside {administrator.Name}'s area ({administrator.AreaName}) or coverage.";

    public string Remedy => $"Its check-in reasons are set up by {office.EditorDescription}; ask them.";
}
