using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>
/// SCO-1 on the server: reads a user's roles, seats, directed areas and staff account from the database on
/// every call — the cookie only says who they are — so a removed role or designation takes effect at once.
/// Every feature service asks it before reading or changing anything of an area. "Every call" is every call of a circuit,
/// and every HTTP request: within one request (a page's prerender, whose components and services each ask) the scope is
/// read once, and the next request reads it again (<see cref="HttpRequestScope"/>).
/// <para>
/// Being the gate, it is also where a refusal inside a circuit is recorded (issue 21: refused authorizations in the audit trail):
/// each of its gates, and each record-not-yours refusal a service throws through <see cref="RefusedAsync(BusinessRuleViolationException, CancellationToken)"/>
/// or <see cref="GuardAsync{T}(Func{T}, CancellationToken)"/>, writes one <see cref="SecurityAudit.Actions.AuthorizationRefused"/>
/// record before the refusal leaves. <paramref name="audit"/> and <paramref name="navigation"/> are optional (DI gives them; a test
/// that builds the service by hand records nothing).
/// </para>
/// </summary>
public sealed class ScopeService(IDbContextFactory<ConsoleDbContext> contexts, CurrentUser currentUser, HttpRequestScope? request = null,
    TimeProvider? time = null, SecurityAudit? audit = null, NavigationManager? navigation = null, ILogger<ScopeService>? logger = null)
{
    /// <summary>Longest reason kept in a refusal's record: the rules' own Reason strings, never an essay.</summary>
    public const int ReasonLimit = 500;

    /// <summary>Marks a refusal already recorded, so a gate inside a guarded call does not record it a second time.</summary>
    private const string RecordedMark = "CalJobsConsole.RefusalRecorded";

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
    public async Task<UserScope> RequireSignedInAsync(CancellationToken cancellationToken = default)
    {
        var scope = await CurrentAsync(cancellationToken);
        try
        {
            return Usable(scope);
        }
        catch (BusinessRuleViolationException refusal)
        {
            await RecordAsync(refusal, scope?.UserId, cancellationToken);
            throw;
        }
    }

    /// <summary>The signed-in user's scope if they may view <paramref name="areaId"/>; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireAreaAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        return await GuardAsync(() =>
        {
            BusinessRules.Check(new AreaMustBeInUsersScopeRule(scope.MayViewArea(areaId)));
            return scope;
        }, cancellationToken);
    }

    /// <summary>The signed-in user's scope if they are in the Operations Unit; otherwise refused with SCO-1.</summary>
    /// <param name="work">What only the Operations Unit does here, completing "Only the Operations Unit …".</param>
    public async Task<UserScope> RequireOperationsUnitAsync(CancellationToken cancellationToken = default, string work = "sees this statewide view or takes this statewide action")
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        return await GuardAsync(() =>
        {
            BusinessRules.Check(new UserMustBeInOperationsUnitRule(scope.IsOperationsUnit, work));
            return scope;
        }, cancellationToken);
    }

    /// <summary>The signed-in user's scope if they hold the Requestor role; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireRequestorAsync(CancellationToken cancellationToken = default)
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        return await GuardAsync(() =>
        {
            BusinessRules.Check(new UserMustBeRequestorRule(scope.IsRequestor, "submits System Access Requests"));
            return scope;
        }, cancellationToken);
    }

    /// <summary>
    /// The gate for an administrative act at (<paramref name="areaId"/>, <paramref name="officeId"/>; null for an act on the area as
    /// a whole): the signed-in administrator's seat there, read from the database now, or every rule the act would break
    /// (SCO-1, DES-2, REV-1), thrown at once. See <see cref="AdministrativeGate"/>.
    /// </summary>
    public async Task<AdministratorActor> ActAsAdministratorAsync(Guid areaId, Guid? officeId, CancellationToken cancellationToken = default,
        string work = "takes this action")
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        return await GuardAsync(() => AdministrativeGate.Require(scope, areaId, officeId, work: work).Administrator, cancellationToken);
    }

    /// <summary>As <see cref="ActAsAdministratorAsync"/>, for an act the Operations Unit may also take statewide (then without a seat).</summary>
    public async Task<AdministrativeActor> ActAsAdministratorOrOperationsUnitAsync(Guid areaId, Guid? officeId,
        CancellationToken cancellationToken = default, string work = "takes this action")
    {
        var scope = await RequireSignedInAsync(cancellationToken);
        return await GuardAsync(() => AdministrativeGate.Require(scope, areaId, officeId, operationsUnitMay: true, work: work), cancellationToken);
    }

    /// <summary>
    /// Runs a gate a service evaluates itself (<see cref="AdministrativeGate.Require"/> on a scope it already holds,
    /// <see cref="RequestActor.For"/>): what it lets through, or its refusal (SCO-1, DES-2, REV-1), recorded (issue 21) and thrown
    /// unchanged. Only for authorization: a business rule of the act itself (a request's status, a cap) is no refused authorization.
    /// </summary>
    public async Task<T> GuardAsync<T>(Func<T> gate, CancellationToken cancellationToken = default)
    {
        try
        {
            return gate();
        }
        catch (BusinessRuleViolationException refusal)
        {
            await RecordAsync(refusal, null, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// Checks an authorization rule a service states itself (SCO-1: an administrator seat held, a record in the user's scope);
    /// when broken, the refusal is recorded (issue 21) and thrown as <see cref="BusinessRules.Check"/> throws it.
    /// </summary>
    public Task CheckAsync(IBusinessRule rule, CancellationToken cancellationToken = default) =>
        GuardAsync(() =>
        {
            BusinessRules.Check(rule);
            return true;
        }, cancellationToken);

    /// <summary>
    /// <paramref name="refusal"/> (a service's record-not-yours SCO-1: a record outside the user's scope, or none by that id —
    /// the two told alike), recorded as a refused authorization (issue 21) and handed back for the service to throw unchanged:
    /// <c>throw await scopes.RefusedAsync(NotYours(), cancellationToken);</c>.
    /// </summary>
    public async Task<BusinessRuleViolationException> RefusedAsync(BusinessRuleViolationException refusal, CancellationToken cancellationToken = default)
    {
        await RecordAsync(refusal, null, cancellationToken);
        return refusal;
    }

    /// <summary>
    /// Writes one <see cref="SecurityAudit.Actions.AuthorizationRefused"/> record for <paramref name="refusal"/> (issue 21, SCO-1),
    /// once per refusal however many gates it passes through, and only in a circuit: an HTTP request's refusal is recorded by its
    /// endpoint (<see cref="SecurityAudit.ForbiddenAsync"/>), and a prerender is drawn again by the circuit, which records it then.
    /// Recording never turns the refusal into an error: the record goes in its own unit of work, and a failure to write it (the
    /// database busy, the circuit gone) is logged and the refusal still thrown.
    /// </summary>
    private async Task RecordAsync(BusinessRuleViolationException refusal, Guid? userId, CancellationToken cancellationToken)
    {
        if (audit is null || request is { IsHttpRequest: true } || refusal.Data.Contains(RecordedMark))
            return;
        refusal.Data[RecordedMark] = true;
        try
        {
            userId ??= await currentUser.IdAsync();
            await audit.AuthorizationRefusedAsync(userId, PagePath(), ReasonOf(refusal), cancellationToken);
        }
        catch (Exception exception)
        {
            logger?.LogWarning(exception, "A refused authorization ({Codes}) could not be recorded; the refusal stands.",
                string.Join(", ", refusal.Codes));
        }
    }

    /// <summary>The codes broken and what each refused, e.g. "SCO-1: Only the Operations Unit …": the rules' own words, clipped.</summary>
    public static string ReasonOf(BusinessRuleViolationException refusal)
    {
        var reason = string.Join(" | ", refusal.BrokenRules.Select(r => $"{r.Code}: {r.Reason}"));
        return reason.Length <= ReasonLimit ? reason : reason[..ReasonLimit] + "…";
    }

    /// <summary>
    /// The circuit's page, base-relative and without its query or fragment (a query may carry what a person typed into a filter);
    /// "(unknown)" when the navigation manager is not yet initialised (a circuit still starting, a scope of no page).
    /// </summary>
    private string PagePath()
    {
        if (navigation is null)
            return "(unknown)";
        try
        {
            var relative = navigation.ToBaseRelativePath(navigation.Uri);
            var end = relative.IndexOfAny(['?', '#']);
            return "/" + (end < 0 ? relative : relative[..end]);
        }
        catch (InvalidOperationException)
        {
            return "(unknown)";
        }
    }

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
        BusinessRules.Check(StandingRules(scope!));
        return scope!;
    }

    /// <summary>The own account's standing and the password change, as <see cref="Usable"/> checks them.</summary>
    private static IBusinessRule[] StandingRules(UserScope scope)
    {
        var standing = scope.HoldsAnotherRoleThanStaff ? null : scope.StaffAccountStatus;
        return
        [
            new OwnAccountMustNotBeDeactivatedRule(standing),
            new OwnAccountMustNotBeSuspendedRule(standing),
            new TemporaryPasswordMustBeReplacedRule(scope.MustChangePassword),
        ];
    }

    /// <summary>What an HTTP endpoint records when <see cref="ForEndpointAsync"/> gave it no scope.</summary>
    public const string NotUsableReason =
        "not signed in, the password change owed (CRD-1), or the own account deactivated or suspended (DEA-1, REV-1)";

    /// <summary>
    /// For an HTTP endpoint (a download, an export, the import template): the request's user's scope, read from the database,
    /// when every service would accept it — the same standing rules as <see cref="RequireSignedInAsync"/> — otherwise null, for
    /// the endpoint to answer 403 and record <see cref="NotUsableReason"/>. The endpoint then asks its own role or record question
    /// of the scope. One rule for pages and files alike: the endpoints had each their own, and disagreed.
    /// </summary>
    public async Task<UserScope?> ForEndpointAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        CurrentUser.IdOf(user) is { } userId && await ForUserAsync(userId, cancellationToken) is { } scope
            && BusinessRules.Evaluate(StandingRules(scope)).Count == 0
            ? scope
            : null;
}
