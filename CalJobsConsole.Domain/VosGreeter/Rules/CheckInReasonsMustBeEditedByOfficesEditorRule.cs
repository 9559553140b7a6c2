using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): "MIS Administrators are responsible for setting up VOSGreeter check-in reasons for
/// their area's offices … with input from the WSB CalJOBS SPOC for WSB programs"; "WSB CalJOBS SPOCs will be responsible
/// for VOSGreeter setup for offices without a Title I partner." So an office with a Title I partner is edited by its Local
/// Area's MIS Administrator (a SPOC proposes), one without by the covering SPOC (the MIS Administrator may not).
/// </summary>
public sealed class CheckInReasonsMustBeEditedByOfficesEditorRule(AdministratorActor administrator, CheckInOffice office) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => office.IsInScopeOf(administrator) && !office.IsEditedBy(administrator);

    public string Reason => office.HasTitleIPartner
        ? $"{office.Name} has a Title I partner: {office.EditorDescription} sets up its check-in reasons; a SPOC gives input on WSB programs."
        : $"{office.Name} has no Title I partner: {office.EditorDescription} sets up its check-in reasons, not the MIS Administrator.";

    public string Remedy => office.HasTitleIPartner
        ? $"Propose the reason to the MIS Administrator of {office.LocalAreaName}, who accepts it."
        : $"Ask the CalJOBS SPOC of {office.DivisionName} covering {office.Name} to make the change.";
}
