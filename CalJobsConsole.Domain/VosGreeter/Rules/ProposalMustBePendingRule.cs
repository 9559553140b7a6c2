using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): the MIS Administrator accepts or declines a SPOC's proposed reason once; a decided
/// proposal stays as it was decided.
/// </summary>
public sealed class ProposalMustBePendingRule(ProposalStatus status, string label) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => status != ProposalStatus.Pending;

    public string Reason => $"The proposal '{label}' was already {status.ToString().ToLowerInvariant()}.";

    public string Remedy => "Reload the office's page; to change the reasons now, edit them directly or ask the SPOC to propose again.";
}
