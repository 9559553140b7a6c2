using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>
/// SCO-1 on the server: reads a user's roles, seats, directed areas and staff account from the database on
/// every call — the cookie only says who they are — so a removed role or designation takes effect at once.
/// Every feature service asks it before reading or changing anything of an area.
/// </summary>
public sealed class ScopeService(IDbContextFactory<ConsoleDbContext> contexts, CurrentUser currentUser)
{
    /// <summary>The signed-in user's scope, or null when nobody is signed in or the user no longer exists.</summary>
    public async Task<UserScope?> CurrentAsync(CancellationToken cancellationToken = default) =>
        await currentUser.IdAsync() is { } id ? await ForUserAsync(id, cancellationToken) : null;

    public async Task<UserScope?> ForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.FullName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
            return null;
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == userId
                           select role.Name!).ToListAsync(cancellationToken);
        var seats = await (from designation in db.Designations
                           join area in db.Areas on designation.AreaId equals area.Id
                           where designation.PersonId == userId && designation.Status == DesignationStatus.Active
                           select new { area.Id, area.Name, designation.Role, designation.TrainingCompletedOn, designation.Coverage, designation.SuspendedOn, designation.SuspensionReason })
            .ToListAsync(cancellationToken);
        var directed = await db.Areas.AsNoTracking().Where(a => a.DirectorId == userId)
            .Select(a => new AreaReference(a.Id, a.Name, a.Kind)).ToListAsync(cancellationToken);
        var account = await db.StaffAccounts.Where(a => a.Id == userId).Select(a => new { a.Id, a.MustChangePassword, a.Status }).SingleOrDefaultAsync(cancellationToken);
        var roleSet = roles.ToHashSet();
        return new UserScope(user.Id, user.FullName, roleSet,
            // A seat counts only with the role that goes with it: taking the role away ends the rights at once.
            seats.Where(s => roleSet.Contains(RoleFor(s.Role)))
                .Select(s => new AdministratorSeat(s.Id, s.Name, s.Role, s.TrainingCompletedOn, s.Coverage, s.SuspendedOn, s.SuspensionReason)).ToList(),
            roleSet.Contains(ConsoleRoles.Director) ? directed : [],
            roleSet.Contains(ConsoleRoles.Staff) ? account?.Id : null,
            account?.MustChangePassword ?? false,
            account?.Status);
    }

    /// <summary>The signed-in user's scope, whoever they are; refused with SCO-1 when nobody is signed in.</summary>
    public async Task<UserScope> RequireSignedInAsync(CancellationToken cancellationToken = default) =>
        Usable(await CurrentAsync(cancellationToken));

    /// <summary>The signed-in user's scope if they may view <paramref name="areaId"/>; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireAreaAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = Usable(await CurrentAsync(cancellationToken));
        if (!scope.MayViewArea(areaId))
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
                "This area is not yours: you see only the area you administer or direct.",
                "Open your own area from the navigation; the Operations Unit sees every area."));
        return scope;
    }

    /// <summary>The signed-in user's scope if they are in the Operations Unit; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireOperationsUnitAsync(CancellationToken cancellationToken = default)
    {
        var scope = Usable(await CurrentAsync(cancellationToken));
        if (!scope.IsOperationsUnit)
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
                "Only the Operations Unit sees this statewide view.",
                "Ask the CalJOBS Operations Unit, or open your own area."));
        return scope;
    }

    /// <summary>The signed-in user's scope if they hold the Requestor role; otherwise refused with SCO-1.</summary>
    public async Task<UserScope> RequireRequestorAsync(CancellationToken cancellationToken = default)
    {
        var scope = Usable(await CurrentAsync(cancellationToken));
        if (!scope.IsRequestor)
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
                "Only a requestor (a manager or supervisor) submits System Access Requests.",
                "Ask the staff member's manager or supervisor to submit the request."));
        return scope;
    }

    public static string RoleFor(AdministratorRole role) =>
        role == AdministratorRole.MisAdministrator ? ConsoleRoles.MisAdministrator : ConsoleRoles.CalJobsSpoc;

    /// <summary>
    /// Signed in, with a staff account (if any) neither deactivated nor suspended — so an open circuit gets nothing once the
    /// account closes (DEA-1, REV-1) — and not owing the password change that follows a temporary password (CRD-1).
    /// </summary>
    private static UserScope Usable(UserScope? scope)
    {
        if (scope is null)
            throw NotSignedIn();
        if (scope.StaffAccountStatus == AccountStatus.Deactivated)
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Dea1,
                "Your CalJOBS staff account is deactivated: the console is closed to you.",
                "Ask your supervisor if you need access again; a new account starts from a new request."));
        if (scope.StaffAccountStatus == AccountStatus.Suspended)
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Rev1,
                "Your CalJOBS staff account is suspended: the console is closed to you until the suspension ends.",
                "Ask your supervisor or your area's administrator why, and what lifts it."));
        if (scope.MustChangePassword)
            throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Crd1,
                "You signed in with a temporary password: set your own password before anything else.",
                "Open 'Set your password' (/Account/ChangePassword) and choose a new password."));
        return scope;
    }

    private static BusinessRuleViolationException NotSignedIn() =>
        new(new BrokenRule(RuleCode.Sco1, "You are not signed in.", "Sign in with your console account."));
}
