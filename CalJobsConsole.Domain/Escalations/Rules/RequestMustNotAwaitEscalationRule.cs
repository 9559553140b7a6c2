using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Escalations.Rules;

/// <summary>
/// GRP-3 (WSD24-13, Create New CalJOBS Staff User Account): once a request is escalated, the Operations Unit decides it;
/// the administrator does not fulfil it alone meanwhile (nor escalate it twice), so nothing is granted twice.
/// </summary>
public sealed class RequestMustNotAwaitEscalationRule(Escalation? escalation) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Grp3;

    public bool IsBroken() => escalation is { Status: EscalationStatus.Open or EscalationStatus.Granted };

    public string Reason => escalation?.Status == EscalationStatus.Granted
        ? "The Operations Unit granted this request's escalation and carries out the grant itself."
        : $"This request was escalated to the Operations Unit on {escalation?.RaisedAt:yyyy-MM-dd} and awaits its decision.";

    public string Remedy => "Wait for the Operations Unit's decision in its escalation queue; you and the requestor see the outcome on the request.";
}
