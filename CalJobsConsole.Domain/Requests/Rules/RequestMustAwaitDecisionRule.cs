using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// REQ-1 (WSD24-13, Create New CalJOBS Staff User Account): "Once the request form has been reviewed and
/// approved…" — an administrator decides a request once, while it is submitted and not yet decided.
/// </summary>
public sealed class RequestMustAwaitDecisionRule(AccessRequest request) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Req1;

    public bool IsBroken() => request.Status != AccessRequestStatus.Submitted;

    public string Reason => $"This {request.Kind.DisplayName()} request is {request.Status.DisplayName().ToLowerInvariant()}, not waiting for a decision.";

    public string Remedy => request.Status == AccessRequestStatus.ReturnedForCorrection
        ? "Wait for the requestor to correct and resubmit it."
        : "Nothing more to decide; a new need starts with a new request.";
}
