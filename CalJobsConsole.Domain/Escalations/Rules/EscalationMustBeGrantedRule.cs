using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Escalations.Rules;

/// <summary>
/// GRP-3 (WSD24-13, Create New CalJOBS Staff User Account): a group or privilege outside the administrator's
/// list is given only once the Operations Unit has decided the escalation in favour of this request.
/// </summary>
public sealed class EscalationMustBeGrantedRule(Escalation? escalation, Guid requestId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Grp3;

    public bool IsBroken() => escalation is null || escalation.RequestId != requestId || escalation.Status != EscalationStatus.Granted;

    public string Reason => escalation switch
    {
        null => "No escalation to the Operations Unit exists for this request.",
        _ when escalation.RequestId != requestId => "The escalation belongs to another request.",
        _ => $"The Operations Unit has not granted the escalation (it is {escalation.Status}).",
    };

    public string Remedy => "Wait for the Operations Unit to decide the escalation.";
}
