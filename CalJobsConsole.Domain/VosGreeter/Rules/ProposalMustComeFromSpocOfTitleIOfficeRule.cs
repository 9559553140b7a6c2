using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): the SPOC's "input … for WSB programs" goes to the MIS Administrator who sets up an
/// office with a Title I partner. Without a Title I partner the SPOC sets the reasons up directly, and the MIS
/// Administrator, who edits a Title I office directly, has nobody to propose to.
/// </summary>
public sealed class ProposalMustComeFromSpocOfTitleIOfficeRule(AdministratorActor administrator, CheckInOffice office) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => !office.HasTitleIPartner || administrator.Role != AdministratorRole.CalJobsSpoc;

    public string Reason => office.HasTitleIPartner
        ? $"{office.Name}'s check-in reasons are set up by {office.EditorDescription}: proposals are the SPOC's input to them."
        : $"{office.Name} has no Title I partner: {office.EditorDescription} sets up its check-in reasons directly, without proposals.";

    public string Remedy => administrator.Role == AdministratorRole.CalJobsSpoc && !office.HasTitleIPartner
        ? "Add the reason yourself on the office's page."
        : office.HasTitleIPartner
            ? "Add the reason directly on the office's page."
            : $"Ask the CalJOBS SPOC of {office.DivisionName} covering {office.Name} to add it.";
}
