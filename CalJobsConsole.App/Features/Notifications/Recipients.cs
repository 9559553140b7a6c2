using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>Who a notification goes to, read from the database as the scope service counts them: one place for the jobs and services that tell people.</summary>
public static class Recipients
{
    /// <summary>Every console user with the Operations Unit role.</summary>
    public static async Task<List<NotificationRecipient>> OperationsUnitAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        (await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where role.Name == ConsoleRoles.OperationsUnit
                select new NotificationRecipient(user.FullName, user.Email, user.Id)).ToListAsync(cancellationToken))
        .DistinctBy(r => r.UserId).ToList();

    /// <summary>
    /// The area's administrators: an active designation whose holder has its role (MIS Administrators of a Local Area, SPOCs of
    /// a division); with <paramref name="officeId"/>, a SPOC only if their coverage takes the office in.
    /// </summary>
    public static async Task<List<NotificationRecipient>> AdministratorsAsync(ConsoleDbContext db, Guid areaId, Guid? officeId,
        CancellationToken cancellationToken)
    {
        var seats = await (from designation in db.Designations.AsNoTracking()
                           join user in db.Users on designation.PersonId equals user.Id
                           where designation.AreaId == areaId && designation.Status == DesignationStatus.Active
                           select new { designation.Role, designation.Coverage, user.Id, user.FullName, user.Email })
            .ToListAsync(cancellationToken);
        var holders = seats.Select(s => s.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where holders.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return seats
            .Where(s => roles.Any(r => r.UserId == s.Id && r.Name == ScopeService.RoleFor(s.Role)))
            .Where(s => officeId is not { } office || s.Coverage is null || s.Coverage.Covers(office))
            .Select(s => new NotificationRecipient(s.FullName, s.Email, s.Id))
            .DistinctBy(r => r.UserId)
            .ToList();
    }

    /// <summary>The area's Director (a Local Area's) or Division Chief (a division's), when they have a console sign-in.</summary>
    public static Task<List<NotificationRecipient>> DirectorAsync(ConsoleDbContext db, Guid areaId, CancellationToken cancellationToken) =>
        (from area in db.Areas
         join user in db.Users on area.DirectorId equals user.Id
         where area.Id == areaId
         select new NotificationRecipient(user.FullName, user.Email, user.Id)).ToListAsync(cancellationToken);
}
