using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Privileges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// What the console already holds that an import file may name: areas (with their seats), offices, privilege groups, users by
/// e-mail with their roles, and every staff account's importable facts by username. Read once per dry run or commit, without
/// tracking (an import is one of the named exceptions to the row-count guard: it compares the file with the whole state).
/// </summary>
public sealed class ImportReference
{
    public required IReadOnlyDictionary<string, Area> Areas { get; init; }

    public required IReadOnlyDictionary<string, Office> Offices { get; init; }

    public required IReadOnlyDictionary<string, PrivilegeGroup> Groups { get; init; }

    /// <summary>User ids by upper-cased e-mail.</summary>
    public required IReadOnlyDictionary<string, Guid> UsersByEmail { get; init; }

    /// <summary>(user id, role name) pairs the users hold.</summary>
    public required IReadOnlySet<(Guid UserId, string Role)> Roles { get; init; }

    public required IReadOnlyDictionary<string, AccountFacts> Accounts { get; init; }

    public static async Task<ImportReference> LoadAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().Include(a => a.Designations).ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToListAsync(cancellationToken);
        var groups = await db.PrivilegeGroups.AsNoTracking().ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null)
            .Select(u => new { u.NormalizedEmail, u.Id }).ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where role.Name == ConsoleRoles.Requestor || role.Name == ConsoleRoles.MisAdministrator || role.Name == ConsoleRoles.CalJobsSpoc
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var accounts = await db.StaffAccounts.AsNoTracking().Select(a => new AccountFacts(a.Username, a.Staff.FullName, a.Staff.Email, a.StaffKind,
                a.AreaId, a.OfficeId, a.SupervisorId, a.PrivilegeGroupId, a.Attestations.IspaCompletedOn, a.Attestations.Statement.Date,
                a.CreatedOn, a.LastRenewedOn, a.RenewalDueOn, a.Status, a.SeparationDate, a.DeactivatedOn))
            .ToListAsync(cancellationToken);
        return new ImportReference
        {
            Areas = areas.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase),
            Offices = offices.GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase),
            Groups = groups.GroupBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase),
            UsersByEmail = users.GroupBy(u => u.NormalizedEmail!).ToDictionary(g => g.Key, g => g.First().Id),
            Roles = roles.Select(r => (r.UserId, r.Name!)).ToHashSet(),
            Accounts = accounts.ToDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase),
        };
    }
}

/// <summary>What an import row states of an account, as the console holds it: compared to tell "unchanged" from "differs".</summary>
public sealed record AccountFacts(string Username, string FullName, string Email, StaffKind StaffKind, Guid AreaId, Guid OfficeId, Guid SupervisorId,
    Guid PrivilegeGroupId, DateOnly? IspaCompletedOn, DateOnly StatementDate, DateOnly CreatedOn, DateOnly? LastRenewedOn, DateOnly RenewalDueOn,
    AccountStatus Status, DateOnly? SeparationDate, DateOnly? DeactivatedOn);
