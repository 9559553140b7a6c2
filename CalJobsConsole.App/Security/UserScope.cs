using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Security;

public sealed record AreaReference(Guid Id, string Name, AreaKind Kind);

/// <summary>
/// What one user may see and do right now (SCO-1): their roles, the administrator seats they hold (a role without
/// an active designation gives no seat), the areas they direct, and their own staff account. Built fresh from the
/// database on every service call by <see cref="ScopeService"/>. <see cref="MustChangePassword"/>: the user signed in with a
/// temporary password and has not set their own yet (CRD-1); until they do, nothing but the password change is allowed.
/// <see cref="StaffAccountId"/> and <see cref="StaffAccountStatus"/>: the user's current staff account (the one not deactivated,
/// else their latest), if they have one; a deactivated or suspended one gets nothing more, unless they hold another role
/// (DEA-1 and REV-1).
/// </summary>
public sealed record UserScope(
    Guid UserId,
    string FullName,
    IReadOnlySet<string> Roles,
    IReadOnlyList<AdministratorActor> Seats,
    IReadOnlyList<AreaReference> DirectedAreas,
    Guid? StaffAccountId,
    bool MustChangePassword = false,
    AccountStatus? StaffAccountStatus = null)
{
    public bool IsOperationsUnit => Roles.Contains(ConsoleRoles.OperationsUnit);

    public bool IsRequestor => Roles.Contains(ConsoleRoles.Requestor);

    public bool IsStaff => Roles.Contains(ConsoleRoles.Staff) && StaffAccountId is not null;

    /// <summary>A supervisor, Director, administrator or Operations Unit member (who may also hold a staff account).</summary>
    public bool HoldsAnotherRoleThanStaff => Roles.Any(r => r != ConsoleRoles.Staff);

    public bool IsAdministrator => Seats.Count > 0;

    public bool IsDirector => DirectedAreas.Count > 0;

    /// <summary>The areas this user sees as an administrator or a Director; the Operations Unit sees every area.</summary>
    public IEnumerable<Guid> OwnAreaIds => Seats.Select(s => s.AreaId).Concat(DirectedAreas.Select(a => a.Id)).Distinct();

    public bool MayViewArea(Guid areaId) => IsOperationsUnit || OwnAreaIds.Contains(areaId);

    /// <summary>
    /// SCO-1 for one staff account: the Operations Unit; an administrator whose seat takes in the account's area and
    /// office (a SPOC's coverage may be a set of offices); the Director of its area; its supervisor while they are a
    /// requestor; the staff member themself (each account of theirs: a rehire's old one too).
    /// </summary>
    public bool MayViewAccount(StaffAccount account) =>
        IsOperationsUnit
        || SeatCovering(account.AreaId, account.OfficeId) is not null
        || DirectedAreas.Any(a => a.Id == account.AreaId)
        || (IsRequestor && account.SupervisorId == UserId)
        || account.PersonId == UserId;

    /// <summary>SCO-1: the seat (held with its role) whose area and coverage take in <paramref name="officeId"/> of <paramref name="areaId"/>, if any.</summary>
    public AdministratorActor? SeatCovering(Guid areaId, Guid officeId) => Seats.FirstOrDefault(s => s.Covers(areaId, officeId));

    /// <summary>
    /// The seat an administrative act at (<paramref name="areaId"/>, <paramref name="officeId"/>) is judged by: the one that
    /// covers it; else one of the area (a SPOC outside their coverage); else any seat — so the refusal names the rule the
    /// person actually breaks (SCO-1 for another area's administrator). Null for a person who holds no seat.
    /// </summary>
    public AdministratorActor? SeatFor(Guid areaId, Guid? officeId) =>
        Seats.FirstOrDefault(s => s.Covers(areaId, officeId)) ?? Seats.FirstOrDefault(s => s.AreaId == areaId) ?? Seats.FirstOrDefault();

    /// <summary>
    /// SCO-1 for a request and its evidence: the Operations Unit; an administrator whose seat takes in the request's
    /// area and office (a SPOC's coverage may be a set of offices); the Director of its area.
    /// </summary>
    public bool MayViewRequest(AccessRequest request) =>
        IsOperationsUnit
        || SeatCovering(request.AreaId, request.OfficeId) is not null
        || DirectedAreas.Any(a => a.Id == request.AreaId);

    /// <summary>"Golden Sierra" or "Golden Sierra, WSB Northern Division" for the app bar; "Statewide" for the Operations Unit.</summary>
    public string AreaLabel =>
        IsOperationsUnit ? "Statewide"
        : string.Join(", ", Seats.Select(s => s.AreaName).Concat(DirectedAreas.Select(a => a.Name)).Distinct()) is { Length: > 0 } names ? names
        : "";
}
