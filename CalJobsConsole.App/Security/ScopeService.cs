using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>
/// SCO-1 on the server: reads a user's roles, seats, directed areas and staff account from the database on
/// every call — the cookie only says who they are — so a removed role or designation takes effect at once.
/// Every feature service asks it before reading or changing anything of an area. "Every call" is every call of a circuit,
/// and every HTTP request: within one request (a page's prerender, whose components and services each ask) the scope is
/// read once, and the next request reads it again (<see cref="HttpRequestScope"/>).
/// </summary>
public sealed class ScopeService(IDbContextFactory<ConsoleDbContext> contexts, CurrentUser currentUser, HttpRequestScope? request = null,
    TimeProvider? time = null)
{
    private (Guid UserId, UserScope? Scope)? _thisRequest;

    /// <summary>The signed-in user's scope, or null when nobody is signed in or the user no longer exists.</summary>
    public async Task<UserScope?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.IdAsync() is not { } id)
            return null;
        if (request is not { IsHttpRequest: true })
            return await ForUserAsync(id, cancellationToken);
        if (_thisRequest is { } read && read.UserId == id)
            return read.Scope;
        var scope = await ForUserAsync(id, cancellationToken);
        _thisRequest = (id, scope);
        return scope;
    }

    /// <summary>
    /// <paramref name="userId"/>'s scope: the person with their own staff account, then their roles, each one index lookup;
    /// their seats and directed areas only when a role they hold makes them count (a seat without its role gives no right,
    /// a directed area without the Director role neither). Every page reads this at least twice a visit: issue 17 measured
    /// the five reads it always took as most of the administrator's desk's own query time.
    /// </summary>
    public async Task<UserScope?> ForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Scalar subqueries: EF turns a collection or a whole row here into a join with a derived table, which SQLite builds
        // from every user's rows before it filters.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            u.Id,
            u.FullName,
            u.LockoutEnd,
            // The person's current account: the one not deactivated (at most one), else the latest (a rehire's old ones stay theirs).
            AccountId = db.StaffAccounts.Where(a => a.PersonId == u.Id).OrderBy(a => a.Status == AccountStatus.Deactivated)
                .ThenByDescending(a => a.CreatedOn).Select(a => (Guid?)a.Id).FirstOrDefault(),
            AccountStatus = db.StaffAccounts.Where(a => a.PersonId == u.Id).OrderBy(a => a.Status == AccountStatus.Deactivated)
                .ThenByDescending(a => a.CreatedOn).Select(a => (AccountStatus?)a.Status).FirstOrDefault(),
            MustChangePassword = db.StaffAccounts.Where(a => a.PersonId == u.Id).OrderBy(a => a.Status == AccountStatus.Deactivated)
                .ThenByDescending(a => a.CreatedOn).Select(a => (bool?)a.MustChangePassword).FirstOrDefault(),
        }).SingleOrDefaultAsync(cancellationToken);
        // A locked person (the Operations Unit locked them, issue 18) gets nothing from their next action on, as a deleted one.
        if (user is null || user.LockoutEnd > (time ?? TimeProvider.System).GetUtcNow())
            return null;
        var roleSet = (await (from userRole in db.UserRoles
                              join role in db.Roles on userRole.RoleId equals role.Id
                              where userRole.UserId == userId
                              select role.Name!).ToListAsync(cancellationToken)).ToHashSet();
        // A seat counts only with the role that goes with it: taking the role away ends the rights at once.
        var seatRoles = Enum.GetValues<AdministratorRole>().Where(r => roleSet.Contains(RoleFor(r))).ToList();
        var seats = seatRoles.Count == 0 ? [] : await (
            from designation in db.Designations
            join area in db.Areas on designation.AreaId equals area.Id
            where designation.PersonId == userId && designation.Status == DesignationStatus.Active && seatRoles.Contains(designation.Role)
            select new AdministratorActor(user.Id, user.FullName, area.Id, area.Name, designation.Role, designation.Coverage,
                designation.TrainingCompletedOn, designation.SuspensionReason, designation.SuspendedOn)).ToListAsync(cancellationToken);
        var directed = !roleSet.Contains(ConsoleRoles.Director) ? [] : await db.Areas.AsNoTracking().Where(a => a.DirectorId == userId)
            .Select(a => new AreaReference(a.Id, a.Name, a.Kind)).ToListAsync(cancellationToken);
        return new UserScope(user.Id, user.FullName, roleSet, seats, directed,
            roleSet.Contains(ConsoleRoles.Staff) ? user.AccountId : null,
            user.MustChangePassword ?? false,
            user.AccountStatus);
    }

    /// <summary>The signed-in user's scope, whoever they are; refused with SCO-1 when nobody is signed in.</summary>
    public async Task<UserScope> RequireSignedInAsync(CancellationToken cancellationToken = default) =>
        Usable(await CurrentAsync(cancellationToken));

    /// <summary>The signed-in user's scope if they may view <paramref name="areaId"/>; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireAreaAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        BusinessRules.Check(new AreaMustBeInUsersScopeRule(scope.MayViewArea(areaId)));
        return scope;
    }

    /// <summary>The signed-in user's scope if they are in the Operations Unit; otherwise refused with SCO-1.</summary>
    /// <param name="work">What only the Operations Unit does here, completing "Only the Operations Unit …".</param>
    public async Task<UserScope> RequireOperationsUnitAsync(CancellationToken cancellationToken = default, string work = "sees this statewide view or takes this statewide action")
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        BusinessRules.Check(new UserMustBeInOperationsUnitRule(scope.IsOperationsUnit, work));
        return scope;
    }

    /// <summary>The signed-in user's scope if they hold the Requestor role; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireRequestorAsync(CancellationToken cancellationToken = default)
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        BusinessRules.Check(new UserMustBeRequestorRule(scope.IsRequestor, "submits System Access Requests"));
        return scope;
    }

    /// <summary>
    /// The gate for an administrative act at (<paramref name="areaId"/>, <paramref name="officeId"/>; null for an act on the area as
    /// a whole): the signed-in administrator's seat there, read from the database now, or every rule the act would break
    /// (SCO-1, DES-2, REV-1), thrown at once. See <see cref="AdministrativeGate"/>.
    /// </summary>
    public async Task<AdministratorActor> ActAsAdministratorAsync(Guid areaId, Guid? officeId, CancellationToken cancellationToken = default,
        string work = "takes this action") =>
        AdministrativeGate.Require(await RequireSignedInAsync(cancellationToken), areaId, officeId, work: work).Administrator;

    /// <summary>As <see cref="ActAsAdministratorAsync"/>, for an act the Operations Unit may also take statewide (then without a seat).</summary>
    public async Task<AdministrativeActor> ActAsAdministratorOrOperationsUnitAsync(Guid areaId, Guid? officeId,
        CancellationToken cancellationToken = default, string work = "takes this action") =>
        AdministrativeGate.Require(await RequireSignedInAsync(cancellationToken), areaId, officeId, operationsUnitMay: true, work: work);

    public static string RoleFor(AdministratorRole role) =>
        role == AdministratorRole.MisAdministrator ? ConsoleRoles.MisAdministrator : ConsoleRoles.CalJobsSpoc;

    /// <summary>
    /// Signed in, with a staff account (if any) neither deactivated nor suspended — so an open circuit gets nothing once the
    /// account closes (DEA-1, REV-1) — and not owing the password change that follows a temporary password (CRD-1). A person
    /// with another role besides (a supervisor, Director or administrator who also holds a staff account) keeps that role's
    /// work when the account closes: the account's standing stops only the staff member's own use.
    /// </summary>
    private static UserScope Usable(UserScope? scope)
    {
        BusinessRules.Check(new UserMustBeSignedInRule(scope is not null));
        var standing = scope!.HoldsAnotherRoleThanStaff ? null : scope.StaffAccountStatus;
        BusinessRules.Check(
            new OwnAccountMustNotBeDeactivatedRule(standing),
            new OwnAccountMustNotBeSuspendedRule(standing),
            new TemporaryPasswordMustBeReplacedRule(scope.MustChangePassword));
        return scope;
    }
}
