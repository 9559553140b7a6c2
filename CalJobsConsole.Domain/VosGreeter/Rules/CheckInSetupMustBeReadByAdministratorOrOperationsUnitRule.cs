using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// SCO-1 (WSD24-13, VOSGreeter Setup; VOS-1): the offices' check-in reasons are set up by MIS Administrators and CalJOBS
/// SPOCs, and the Operations Unit reads every office; staff, requestors and Directors do not see the setup.
/// </summary>
public sealed class CheckInSetupMustBeReadByAdministratorOrOperationsUnitRule(bool isAdministratorOrOperationsUnit) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isAdministratorOrOperationsUnit;

    public string Reason => "Only MIS Administrators, CalJOBS SPOCs and the Operations Unit see VOSGreeter setup.";

    public string Remedy => "Ask your area's administrator about your office's check-in reasons.";
}
