using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notices;

/// <summary>
/// Everyone a notice may reach, read from the database as the scope service counts them; <see cref="NoticeAudience"/>
/// (the domain) picks who a given notice reaches. "WSB staff" is, concretely: every WSB CalJOBS SPOC, and every console
/// user with the Staff role whose CalJOBS staff account is in a field division and not suspended or deactivated.
/// MIS Administrators and SPOCs hold an active designation and the role that goes with it. A person with several
/// standings counts once, by the first of MIS Administrator, SPOC, WSB staff.
/// </summary>
public static class NoticeReaders
{
    public static async Task<IReadOnlyList<NoticeReader>> AllAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var seats = await (from designation in db.Designations.AsNoTracking()
                           where designation.Status == DesignationStatus.Active
                           select new { designation.PersonId, designation.AreaId, designation.Role }).ToListAsync(cancellationToken);
        var wsbStaff = await (from account in db.StaffAccounts.AsNoTracking()
                              join area in db.Areas on account.AreaId equals area.Id
                              where area.Kind == AreaKind.FieldDivision
                                    && (account.Status == AccountStatus.Active || account.Status == AccountStatus.PendingFirstSignIn)
                              select new { account.PersonId, account.AreaId }).ToListAsync(cancellationToken);
        var people = seats.Select(s => s.PersonId).Concat(wsbStaff.Select(s => s.PersonId)).Distinct().ToList();
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where people.Contains(userRole.UserId)
                            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.Name!)).ToHashSet();
        return seats
            // A seat counts only with its role (as in the scope service): taking the role away stops the notices too.
            .Where(s => roles.Contains((s.PersonId, ScopeService.RoleFor(s.Role))))
            .Select(s => new NoticeReader(s.PersonId, s.AreaId, StandingOf(s.Role)))
            .Concat(wsbStaff.Where(s => roles.Contains((s.PersonId, ConsoleRoles.Staff)))
                .Select(s => new NoticeReader(s.PersonId, s.AreaId, NoticeStanding.WsbStaff)))
            .OrderBy(r => r.Standing)
            .DistinctBy(r => r.PersonId)
            .ToList();
    }

    /// <summary>The signed-in administrator as the relay rule sees them in <paramref name="areaId"/>; null without a seat there.</summary>
    public static NoticeReader? AdministratorIn(UserScope scope, Guid areaId) =>
        scope.Seats.FirstOrDefault(s => s.AreaId == areaId) is { } seat ? new NoticeReader(scope.UserId, areaId, StandingOf(seat.Role)) : null;

    private static NoticeStanding StandingOf(AdministratorRole role) =>
        role == AdministratorRole.MisAdministrator ? NoticeStanding.MisAdministrator : NoticeStanding.CalJobsSpoc;
}
