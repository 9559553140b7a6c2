using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// REQ-1 (WSD24-13, Create; Resetting; Maintenance; Deactivation): every create, password reset, renewal and
/// deactivation starts from a System Access Request submitted by a requestor and approved by the area's
/// administrator — the request for this act, on this account, not yet carried out.
/// </summary>
public sealed class ActMustFollowApprovedRequestRule(AccessRequest? request, AccessRequestKind act, Guid? accountId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Req1;

    public bool IsBroken() =>
        request is null
        || request.Kind != act
        || request.Status != AccessRequestStatus.Approved
        || (act != AccessRequestKind.NewAccount && request.AccountId != accountId);

    public string Reason => request switch
    {
        null => $"There is no System Access Request for this {act.DisplayName()}.",
        _ when request.Kind != act => $"The request is for a {request.Kind.DisplayName()}, not a {act.DisplayName()}.",
        _ when request.Status != AccessRequestStatus.Approved => $"The {act.DisplayName()} request is {request.Status.DisplayName().ToLowerInvariant()}, not approved.",
        _ => "The request is for another staff account.",
    };

    public string Remedy => $"Act on an approved {act.DisplayName()} request for this staff member, submitted by their requestor.";
}
