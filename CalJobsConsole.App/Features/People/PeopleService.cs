using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.People;

/// <summary>One person on /people.</summary>
public sealed record PersonLine(Guid Id, string FullName, string? Email, string? UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Areas,
    InvitationState? Invitation, bool HasPassword, bool Locked, DateTimeOffset? LastSignInAt);

/// <summary>A page of people, with how many match.</summary>
public sealed record PeopleList(IReadOnlyList<PersonLine> Lines, int Total, int PageIndex)
{
    public const int PageSize = 25;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// People (issue 18), the Operations Unit's view of every console user: roles, areas, invitation, locked or not — filtered,
/// searched and paged in the database. The Operations Unit adds its own members (invited), removes their role, and locks or
/// unlocks a person: a lock ends their open sessions at the next revalidation (within a minute) and refuses their next action
/// at once (<see cref="ScopeService"/> reads the lock on every call).
/// </summary>
public sealed class PeopleService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    InvitationSender invitations)
{
    public const int ExportBatch = 100;

    public static readonly string[] CsvHeader = ["Name", "Username", "E-mail", "Roles", "Areas", "Invitation", "Has a password", "Locked", "Last sign-in (UTC)"];

    /// <summary>A page of console users whose name, e-mail or username holds <paramref name="search"/>, holding <paramref name="role"/> when given.</summary>
    public async Task<PeopleList> ListAsync(string? search, string? role, int pageIndex, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken, "sees every console user");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = Filtered(db, search, role);
        var total = await users.CountAsync(cancellationToken);
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / PeopleList.PageSize));
        return new PeopleList(await LinesAsync(db, users, pageIndex * PeopleList.PageSize, PeopleList.PageSize, cancellationToken), total, pageIndex);
    }

    /// <summary>Every person the filter shows, in batches from the database, for the CSV (the Operations Unit's alone).</summary>
    /// <remarks>Given the scope the endpoint read from the database for this request (an endpoint has no circuit to ask).</remarks>
    public async IAsyncEnumerable<PersonLine> ExportAsync(UserScope scope, string? search, string? role,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BusinessRules.Check(new UserMustBeInOperationsUnitRule(scope.IsOperationsUnit, "exports every console user"));
        for (var skip = 0; ; skip += ExportBatch)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await LinesAsync(db, Filtered(db, search, role), skip, ExportBatch, cancellationToken);
            foreach (var line in batch)
                yield return line;
            if (batch.Count < ExportBatch)
                yield break;
        }
    }

    public static string?[] CsvCells(PersonLine p) =>
    [
        p.FullName, p.UserName, p.Email, string.Join("; ", p.Roles), string.Join("; ", p.Areas), p.Invitation?.ToString() ?? "", p.HasPassword ? "yes" : "no",
        p.Locked ? "yes" : "no", p.LastSignInAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm"),
    ];

    private static IQueryable<ConsoleUser> Filtered(ConsoleDbContext db, string? search, string? role)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = $"%{search.Trim().ToUpperInvariant()}%";
            users = users.Where(u => EF.Functions.Like(u.FullName.ToUpper(), term) || EF.Functions.Like(u.NormalizedEmail!, term)
                || EF.Functions.Like(u.NormalizedUserName!, term));
        }
        if (!string.IsNullOrWhiteSpace(role))
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        return users;
    }

    /// <summary><paramref name="take"/> people of <paramref name="users"/> from <paramref name="skip"/>, by name, with their roles, areas and invitation.</summary>
    private async Task<List<PersonLine>> LinesAsync(ConsoleDbContext db, IQueryable<ConsoleUser> users, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await users.OrderBy(u => u.FullName).ThenBy(u => u.Id).Skip(skip).Take(take)
            .Select(u => new { u.Id, u.FullName, u.Email, u.UserName, HasPassword = u.PasswordHash != null, u.LockoutEnd, u.LastSignInAt })
            .ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(x => x.UserId, x => x.Name!);
        var seats = (await (from d in db.Designations join a in db.Areas on d.AreaId equals a.Id
                            where ids.Contains(d.PersonId) && d.Status == DesignationStatus.Active select new { d.PersonId, a.Name })
            .ToListAsync(cancellationToken)).ToLookup(x => x.PersonId, x => x.Name);
        var directed = (await db.Areas.AsNoTracking().Where(a => a.DirectorId != null && ids.Contains(a.DirectorId.Value))
            .Select(a => new { a.DirectorId, a.Name }).ToListAsync(cancellationToken)).ToLookup(x => x.DirectorId!.Value, x => x.Name);
        var now = clock.UtcNow;
        var latest = (await db.Invitations.AsNoTracking().Where(i => ids.Contains(i.UserId)).ToListAsync(cancellationToken))
            .GroupBy(i => i.UserId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.IssuedAt)!.StateAt(now));
        return page.Select(u => new PersonLine(u.Id, u.FullName, u.Email, u.UserName,
            roles[u.Id].Order().ToList(), seats[u.Id].Concat(directed[u.Id]).Distinct().Order().ToList(),
            latest.TryGetValue(u.Id, out var state) ? state : null, u.HasPassword, u.LockoutEnd > now, u.LastSignInAt)).ToList();
    }

    /// <summary>Adds a member of the Operations Unit: the person (found by e-mail, or added) gets the role and, when new, an invitation.</summary>
    public Task<ActOutcome> AddOperationsUnitMemberAsync(string? fullName, string? email, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "adds members of the Operations Unit");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await ConsoleUserDirectory.FindOrAddAsync(db, ContactDetails.Create(fullName, email), cancellationToken);
            await ConsoleUserDirectory.GrantRoleAsync(db, user.Id, ConsoleRoles.OperationsUnit, cancellationToken);
            db.Audit(clock, scope.UserId, "role.granted", nameof(ConsoleUser), user.Id, null, null, new { Role = ConsoleRoles.OperationsUnit, user.FullName, user.Email });
            var invitation = await invitations.StageAsync(db, user, "member of the Operations Unit", scope.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
        });

    /// <summary>The Operations Unit sends a person a new invitation (the earlier link stops working); also how a console user who forgot their password gets a new one.</summary>
    public Task<ActOutcome> SendNewInvitationAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "sends invitations to console users");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new InvalidInputException("UserId", "there is no such person.");
            var purpose = await db.Invitations.Where(i => i.UserId == userId).OrderByDescending(i => i.IssuedAt).Select(i => i.Purpose)
                .FirstOrDefaultAsync(cancellationToken) ?? "console user";
            var pending = await invitations.StageAsync(db, user, purpose, scope.UserId, cancellationToken, evenWithPassword: true);
            await db.SaveChangesAsync(cancellationToken);
            await invitations.SendAsync(pending, cancellationToken);
        });

    /// <summary>The Operations Unit withdraws a person's open invitation: its link stops working at once.</summary>
    public Task<ActOutcome> WithdrawInvitationAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "withdraws invitations");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = clock.UtcNow;
            var open = await db.Invitations.Where(i => i.UserId == userId && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken);
            if (open.Count == 0)
                throw new InvalidInputException("UserId", "this person has no open invitation to withdraw.");
            foreach (var invitation in open)
            {
                invitation.Revoke(now);
                db.Audit(clock, scope.UserId, "invitation.revoked", nameof(Invitation), invitation.Id, null, null, new { invitation.UserId });
            }
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>Takes the Operations Unit role away (never from the last member, who would leave the console without one); effective at the person's next action.</summary>
    public Task<ActOutcome> RemoveOperationsUnitMemberAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "removes members of the Operations Unit");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var roleId = await db.Roles.Where(r => r.Name == ConsoleRoles.OperationsUnit).Select(r => r.Id).SingleAsync(cancellationToken);
            var members = await db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId).ToListAsync(cancellationToken);
            if (!members.Contains(userId))
                throw new InvalidInputException("UserId", "this person is not a member of the Operations Unit.");
            if (members.Count == 1)
                throw new InvalidInputException("UserId", "this is the last member of the Operations Unit: add another member first, so someone can still run the console.");
            await ConsoleUserDirectory.RevokeRoleAsync(db, userId, ConsoleRoles.OperationsUnit, cancellationToken);
            await EndSessionsIfNoRoleLeftAsync(db, userId, ConsoleRoles.OperationsUnit, cancellationToken);
            db.Audit(clock, scope.UserId, "role.removed", nameof(ConsoleUser), userId, null, new { Role = ConsoleRoles.OperationsUnit }, null);
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>Locks a person out (not oneself): their next action is refused and their open sessions end within a minute.</summary>
    public Task<ActOutcome> LockAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "locks console users");
            if (userId == scope.UserId)
                throw new InvalidInputException("UserId", "you cannot lock yourself out; ask another member of the Operations Unit.");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new InvalidInputException("UserId", "there is no such person.");
            user.LockoutEnabled = true;
            user.LockoutEnd = ConsoleUser.LockedUntilUnlocked;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            // An open invitation would let the person choose a password and sign in around the lock: it is withdrawn too.
            foreach (var invitation in await db.Invitations.Where(i => i.UserId == userId && i.AcceptedAt == null && i.RevokedAt == null)
                         .ToListAsync(cancellationToken))
                invitation.Revoke(clock.UtcNow);
            db.Audit(clock, scope.UserId, "user.locked", nameof(ConsoleUser), userId, null, null, new { user.FullName });
            await db.SaveChangesAsync(cancellationToken);
        });

    public Task<ActOutcome> UnlockAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, "unlocks console users");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new InvalidInputException("UserId", "there is no such person.");
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            db.Audit(clock, scope.UserId, "user.unlocked", nameof(ConsoleUser), userId, null, null, new { user.FullName });
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>
    /// After <paramref name="removedRole"/> was taken away: when it was the person's last role, a new security stamp ends their
    /// cookies and open circuits at the next check (within a minute); with roles left, they keep their session and lose only what
    /// the role gave, at their next action (the scope is read on every call).
    /// </summary>
    internal static async Task EndSessionsIfNoRoleLeftAsync(ConsoleDbContext db, Guid userId, string removedRole, CancellationToken cancellationToken)
    {
        var othersLeft = await (from ur in db.UserRoles
                                join r in db.Roles on ur.RoleId equals r.Id
                                where ur.UserId == userId && r.Name != removedRole
                                select ur).AnyAsync(cancellationToken);
        if (!othersLeft)
            await RestampAsync(db, userId, cancellationToken);
    }

    /// <summary>A new security stamp: the person's cookies and open circuits stop being valid at their next check.</summary>
    internal static async Task RestampAsync(ConsoleDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is { } user)
            user.SecurityStamp = Guid.NewGuid().ToString("N");
    }
}
