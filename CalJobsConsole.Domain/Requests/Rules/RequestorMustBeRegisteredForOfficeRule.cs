using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// REQ-2 (WSD24-13, Create New CalJOBS Staff User Account; Maintenance; WSD24-12 on who may request): requests come from the
/// managers and supervisors the area registered as requestors, and each files only for the offices they are registered for.
/// </summary>
public sealed class RequestorMustBeRegisteredForOfficeRule(bool registered, string areaName, string officeName) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Req2;

    public bool IsBroken() => !registered;

    public string Reason => $"You are not registered as a requestor for {officeName} in {areaName}.";

    public string Remedy => $"Ask {areaName}'s MIS Administrator or CalJOBS SPOC to register you for {officeName}, or ask a supervisor registered there to file the request.";
}
