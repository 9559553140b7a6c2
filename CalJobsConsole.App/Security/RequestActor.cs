using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Security;

/// <summary>
/// SCO-1 for request work: the signed-in administrator as they may act on one request, through the
/// <see cref="AdministrativeGate"/> — or a refusal that says nothing about the request.
/// </summary>
public static class RequestActor
{
    /// <summary>Refused with SCO-1 when the user holds no administrator seat at all.</summary>
    public static UserScope RequireAdministrator(UserScope scope)
    {
        BusinessRules.Check(new UserMustHoldAdministratorSeatRule(scope.IsAdministrator, "works System Access Requests"));
        return scope;
    }

    /// <summary>The administrator as they may act on <paramref name="request"/>: SCO-1 (no data) for a missing request, else the gate's rules.</summary>
    public static AdministratorActor For(UserScope scope, AccessRequest? request)
    {
        if (request is null)
            throw NotYours();
        return AdministrativeGate.Require(scope, request.AreaId, request.OfficeId, work: "works System Access Requests").Administrator;
    }

    /// <summary>The seat (held with its role) whose area and coverage take in the request, if any.</summary>
    public static AdministratorActor? SeatFor(UserScope scope, AccessRequest request) =>
        scope.SeatCovering(request.AreaId, request.OfficeId);

    public static BusinessRuleViolationException NotYours() =>
        new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, "request")));
}
