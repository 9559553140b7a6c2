using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): the SPOC's input is "for WSB programs" — Wagner-Peyser, veterans (JVSG) and Trade
/// Adjustment Assistance; the Local Area's own programs are the MIS Administrator's to set up.
/// </summary>
public sealed class ProposalMustBeForWsbProgramRule(CheckInProgram program) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => !program.IsWsbProgram();

    public string Reason => $"A SPOC proposes check-in reasons for WSB programs only; '{program.DisplayName()}' is not one.";

    public string Remedy => "Choose Wagner-Peyser, Veterans (JVSG) or Trade Adjustment Assistance, or leave other programs to the MIS Administrator.";
}
