using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): "MIS Administrators are responsible for setting up VOSGreeter check-in reasons for
/// their area's offices"; "WSB CalJOBS SPOCs … for offices without a Title I partner" — the Operations Unit reads every
/// office's setup but changes none: the office's own editor does.
/// </summary>
public sealed class CheckInReasonsMustNotBeSetUpByOperationsUnitRule(bool isOperationsUnit, CheckInOffice office) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => isOperationsUnit;

    public string Reason => $"The Operations Unit reads VOSGreeter setups; {office.EditorDescription} sets up {office.Name}.";

    public string Remedy => $"Ask {office.EditorDescription} to make a change.";
}
