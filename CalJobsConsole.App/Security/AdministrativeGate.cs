using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Security;

/// <summary>Who takes an administrative act: the person's scope, and the seat they act in (null when the Operations Unit acts as itself).</summary>
public sealed record AdministrativeActor(UserScope Scope, AdministratorActor? Seat)
{
    public Guid UserId => Scope.UserId;

    public bool IsOperationsUnit => Seat is null;

    /// <summary>The seat, for the domain's administrative methods; only for acts the Operations Unit does not take.</summary>
    public AdministratorActor Administrator => Seat ?? throw new InvalidOperationException("The Operations Unit acts without a seat.");
}

/// <summary>
/// The one gate every administrative act passes: what an act at (area, office) requires of the person taking it — a seat of
/// the area whose coverage takes the office in (SCO-1), administrator training (DES-2), privileges not suspended (REV-1) —
/// evaluated all at once by the domain's rule classes, so the refusal lists every unmet requirement. The facts come from a
/// <see cref="UserScope"/> that <see cref="ScopeService"/> reads from the database on every call
/// (<see cref="ScopeService.ActAsAdministratorAsync"/>), never from the cookie.
/// </summary>
public static class AdministrativeGate
{
    /// <summary>Every rule an act at (<paramref name="areaId"/>, <paramref name="officeId"/>) by <paramref name="scope"/> would break; empty when it may act.</summary>
    /// <param name="operationsUnitMay">The Operations Unit may take this act statewide, without a seat (evidence, designations, suspensions).</param>
    /// <param name="work">What only an administrator does, for the person who holds no seat at all.</param>
    public static IReadOnlyList<BrokenRule> Evaluate(UserScope scope, Guid areaId, Guid? officeId, bool operationsUnitMay = false,
        string work = "takes this action")
    {
        if (operationsUnitMay && scope.IsOperationsUnit)
            return [];
        return scope.SeatFor(areaId, officeId) is { } seat
            ? BusinessRules.Evaluate(seat.RulesToActOn(areaId, officeId))
            : BusinessRules.Evaluate(new UserMustHoldAdministratorSeatRule(false, work));
    }

    /// <summary>The actor for an act <paramref name="scope"/> may take; otherwise every broken rule, thrown at once.</summary>
    public static AdministrativeActor Require(UserScope scope, Guid areaId, Guid? officeId, bool operationsUnitMay = false,
        string work = "takes this action")
    {
        BusinessRules.ThrowIfAny(Evaluate(scope, areaId, officeId, operationsUnitMay, work));
        return new AdministrativeActor(scope, operationsUnitMay && scope.IsOperationsUnit ? null : scope.SeatFor(areaId, officeId));
    }
}
