using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>
/// SCO-1 for request work: the signed-in administrator as they may act on one request — built from the active
/// designation whose area and coverage take the request in — or a refusal that says nothing about the request.
/// </summary>
public static class RequestActor
{
    /// <summary>Refused with SCO-1 when the user holds no administrator seat at all.</summary>
    public static UserScope RequireAdministrator(UserScope scope) =>
        scope.IsAdministrator ? scope : throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
            "Only an MIS Administrator or CalJOBS SPOC works System Access Requests.",
            "Ask your area's administrator about a request."));

    /// <summary>The administrator as they may act on <paramref name="request"/>; SCO-1 (no data) for a request outside their seats or a missing one.</summary>
    public static async Task<AdministratorActor> ForAsync(ConsoleDbContext db, UserScope scope, AccessRequest? request, CancellationToken cancellationToken)
    {
        var seat = request is null ? null : SeatFor(scope, request);
        var area = seat is null ? null : await db.Areas.AsNoTracking().Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Active))
            .SingleOrDefaultAsync(a => a.Id == seat.AreaId, cancellationToken);
        return area?.ActorFor(scope.UserId) ?? throw NotYours();
    }

    /// <summary>The seat (held with its role) whose area and coverage take in the request, if any.</summary>
    public static AdministratorSeat? SeatFor(UserScope scope, AccessRequest request) =>
        scope.SeatCovering(request.AreaId, request.OfficeId);

    public static BusinessRuleViolationException NotYours() => new(new BrokenRule(RuleCode.Sco1,
        "This request is not in your inbox: you decide only requests of your own area and coverage.",
        "Open a request from your inbox; a request of another area goes to that area's administrator."));
}
