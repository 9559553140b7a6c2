using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// SCO-1 with MON-1 (WSD24-13, Managing CalJOBS Staff Accounts; System Access Monitoring): the Operations Unit reads every
/// review; each sampled area's Director and administrators read their own area's results, and only once the Operations Unit
/// has published them. Another area, an unpublished review or one that does not exist is refused in the same words.
/// </summary>
public sealed class ResultsMustBeReadersOwnRule(bool mayRead) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !mayRead;

    public string Reason =>
        "These monitoring results are not yours to read: each area's Director and administrators read their own area's results once the Operations Unit publishes them.";

    public string Remedy => "Open the results from the message the Operations Unit sent you, or from Monitoring results.";
}
