using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Privileges;

public sealed record GroupLine(Guid Id, string Name, GrantingAuthority Authority, bool IsDirectiveGroup, string? Purpose, IReadOnlyList<string> PrivilegeCodes);

public sealed record PrivilegeLine(Guid Id, string Code, string Name, bool IsRestricted);

public sealed record PrivilegeCatalogueView(IReadOnlyList<GroupLine> Groups, IReadOnlyList<PrivilegeLine> Privileges);

/// <summary>
/// The Operations Unit's privilege-group catalogue (GRP-3): it adds groups only it grants, edits the privileges each
/// group carries and adds privileges, marking the restricted ones. The directive's 14 groups keep the granting
/// authority WSD24-13 gives them: there is deliberately no operation that changes a group's authority. Every change
/// is audited with the state before and after, and applies to the next grant. Every change is the Operations Unit's act
/// alone (SCO-1) and returns an <see cref="ActOutcome"/>.
/// </summary>
public sealed class PrivilegeCatalogueService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public async Task<PrivilegeCatalogueView> GetAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.PrivilegeGroups.AsNoTracking().ToListAsync(cancellationToken);
        var privileges = await db.Privileges.AsNoTracking().ToListAsync(cancellationToken);
        return new PrivilegeCatalogueView(
            groups.OrderByDescending(g => g.IsDirectiveGroup).ThenBy(g => g.Authority).ThenBy(g => g.Name)
                .Select(g => new GroupLine(g.Id, g.Name, g.Authority, g.IsDirectiveGroup, g.Purpose, g.PrivilegeCodes.Order().ToList())).ToList(),
            privileges.OrderBy(p => p.Code).Select(p => new PrivilegeLine(p.Id, p.Code, p.Name, p.IsRestricted)).ToList());
    }

    /// <summary>Adds a group only the Operations Unit grants; a name already in the catalogue is refused, in any letter case.</summary>
    public Task<ActOutcome<Guid>> AddGroupAsync(NewGroupForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var group = PrivilegeGroup.CreateOperationsUnitGroup(form.Name, form.Purpose);
            var names = await db.PrivilegeGroups.Select(g => g.Name).ToListAsync(cancellationToken);
            if (names.Contains(group.Name, StringComparer.OrdinalIgnoreCase))
                throw DuplicateGroup(group.Name);
            db.PrivilegeGroups.Add(group);
            db.Audit(clock, scope.UserId, "PrivilegeGroupAdded", nameof(PrivilegeGroup), group.Id, null, null, Snapshot(group));
            await SaveAsync(db, () => DuplicateGroup(group.Name), cancellationToken);
            return group.Id;
        });

    /// <summary>Sets the privileges a group carries; its name and granting authority stay as they are.</summary>
    public Task<ActOutcome> SetGroupPrivilegesAsync(Guid groupId, IReadOnlyCollection<string> privilegeCodes, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var group = await db.PrivilegeGroups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
                ?? throw new InvalidInputException("PrivilegeGroup", "no such privilege group.");
            var catalog = new PrivilegeCatalog([], await db.Privileges.ToListAsync(cancellationToken));
            var privileges = privilegeCodes.Select(catalog.Privilege).ToList();
            var before = Snapshot(group);
            group.SetPrivileges(privileges);
            db.Audit(clock, scope.UserId, "PrivilegeGroupPrivilegesSet", nameof(PrivilegeGroup), group.Id, null, before, Snapshot(group));
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>Adds a privilege to the catalogue; a code already in it is refused.</summary>
    public Task<ActOutcome<Guid>> AddPrivilegeAsync(NewPrivilegeForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var privilege = Privilege.Create(form.Code, form.Name, form.IsRestricted);
            if (await db.Privileges.AnyAsync(p => p.Code == privilege.Code, cancellationToken))
                throw DuplicatePrivilege(privilege.Code);
            db.Privileges.Add(privilege);
            db.Audit(clock, scope.UserId, "PrivilegeAdded", nameof(Privilege), privilege.Id, null, null, Snapshot(privilege));
            await SaveAsync(db, () => DuplicatePrivilege(privilege.Code), cancellationToken);
            return privilege.Id;
        });

    /// <summary>Marks a privilege restricted (administrators escalate it, GRP-3) or not; applies to the next grant.</summary>
    public Task<ActOutcome> SetRestrictedAsync(Guid privilegeId, bool isRestricted, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var privilege = await db.Privileges.SingleOrDefaultAsync(p => p.Id == privilegeId, cancellationToken)
                ?? throw new InvalidInputException(nameof(Privilege), "no such privilege.");
            var before = Snapshot(privilege);
            privilege.SetRestricted(isRestricted);
            db.Audit(clock, scope.UserId, "PrivilegeRestrictionSet", nameof(Privilege), privilege.Id, null, before, Snapshot(privilege));
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The unique indexes on group name and privilege code hold under a concurrent writer: that is a message, not a 500.</summary>
    private static async Task SaveAsync(ConsoleDbContext db, Func<InvalidInputException> duplicate, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConstraint.IsUniqueViolation(ex))
        {
            throw duplicate();
        }
    }

    private static InvalidInputException DuplicateGroup(string name) =>
        new(nameof(NewGroupForm.Name), $"a privilege group named '{name}' is already in the catalogue; choose another name.");

    private static InvalidInputException DuplicatePrivilege(string code) =>
        new(nameof(NewPrivilegeForm.Code), $"a privilege with the code '{code}' is already in the catalogue; choose another code.");

    private static object Snapshot(PrivilegeGroup g) =>
        new { g.Name, Authority = g.Authority.ToString(), g.IsDirectiveGroup, g.Purpose, PrivilegeCodes = g.PrivilegeCodes.Order().ToList() };

    private static object Snapshot(Privilege p) => new { p.Code, p.Name, p.IsRestricted };
}
