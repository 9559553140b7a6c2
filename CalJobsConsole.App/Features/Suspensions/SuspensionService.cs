using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Suspensions;

public sealed record AdministratorLine(Guid DesignationId, string AreaName, string Name, AdministratorRole Role, DateOnly? SuspendedOn, string? SuspensionReason)
{
    public bool IsSuspended => SuspendedOn is not null;
}

/// <summary>
/// REV-1 at the Operations Unit's desk: it suspends an administrator's privileges (the seat is kept, every
/// administrative action refused) or any staff account, with a reason, and lifts its suspensions. Each change is
/// audited; a staff member's console sessions end at the next revalidation (new security stamp).
/// </summary>
public sealed class SuspensionService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    UserManager<ConsoleUser> users)
{
    /// <summary>
    /// Every active administrator seat statewide, by area and name: bounded by nature (CAP-1: at most three or five seats an
    /// area), so read whole, projected in the database. SCO-1 for anyone but the Operations Unit.
    /// </summary>
    public async Task<IReadOnlyList<AdministratorLine>> ListAdministratorsAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from designation in db.Designations.AsNoTracking()
                      join area in db.Areas on designation.AreaId equals area.Id
                      where designation.Status == DesignationStatus.Active
                      orderby area.Name, designation.Contact.FullName, designation.Id
                      select new AdministratorLine(designation.Id, area.Name, designation.Contact.FullName, designation.Role,
                          designation.SuspendedOn, designation.SuspensionReason)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the open staff accounts statewide (deactivated ones are past suspending), searched, filtered (area, status,
    /// cause of suspension) and sorted in the database by the accounts list's own query; SCO-1 for anyone but the Operations Unit.
    /// </summary>
    public async Task<ListPage<AccountListLine>> PageAccountsAsync(AccountListFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        var query = new AccountListQuery(filter, openOnly: true);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query.Build(db, scope, clock).ToListPageAsync(query.Page, query.Notes, cancellationToken);
    }

    /// <summary>REV-1: suspends an administrator's privileges with a reason (the seat is kept); the Operations Unit's act alone.</summary>
    public Task<ActOutcome> SuspendAdministratorAsync(Guid designationId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAdministratorAsync(designationId, "AdministratorSuspended",
            (area, id) => area.SuspendAdministrator(id, reason, clock.Today), cancellationToken);

    public Task<ActOutcome> LiftAdministratorSuspensionAsync(Guid designationId, CancellationToken cancellationToken = default) =>
        ChangeAdministratorAsync(designationId, "AdministratorSuspensionLifted",
            (area, id) => area.LiftAdministratorSuspension(id), cancellationToken);

    /// <summary>REV-1: suspends any staff account with a reason; the staff member's sessions end at the next revalidation.</summary>
    public Task<ActOutcome> SuspendAccountAsync(Guid accountId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(accountId, "StaffAccountSuspended", account => account.SuspendByOperationsUnit(reason), cancellationToken);

    public Task<ActOutcome> LiftAccountSuspensionAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(accountId, "StaffAccountSuspensionLifted", account => account.LiftOperationsUnitSuspension(), cancellationToken);

    /// <summary>The gate for the Operations Unit's act (SCO-1 for anyone else), then the area's own rule for its seat, audited.</summary>
    private Task<ActOutcome> ChangeAdministratorAsync(Guid designationId, string action, Action<Area, Guid> change, CancellationToken cancellationToken) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var areaId = await db.Designations.Where(d => d.Id == designationId).Select(d => (Guid?)d.AreaId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException("DesignationId", "no such administrator designation.");
            var area = await db.AreaWithActiveDesignationsAsync(areaId, cancellationToken: cancellationToken)
                ?? throw new InvalidInputException("DesignationId", "no such administrator designation.");
            var designation = area.Designations.SingleOrDefault(d => d.Id == designationId)
                ?? throw new InvalidInputException("DesignationId", $"{area.Name} has no active designation with that id.");
            var before = Snapshot(designation);
            change(area, designationId);
            db.Audit(clock, scope.UserId, action, nameof(AdministratorDesignation), designationId, areaId, before, Snapshot(designation));
            // Rights are read from the database on every call (ScopeService), so the refusal holds from the next action on.
            await db.SaveChangesAsync(cancellationToken);
        });

    private Task<ActOutcome> ChangeAccountAsync(Guid accountId, string action, Action<StaffAccount> change, CancellationToken cancellationToken) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            Guid personId;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                    ?? throw new InvalidInputException("AccountId", "no such staff account.");
                var before = Snapshot(account);
                change(account);
                db.Audit(clock, scope.UserId, action, nameof(StaffAccount), account.Id, account.AreaId, before, Snapshot(account));
                await db.SaveChangesAsync(cancellationToken);
                personId = account.PersonId;
            }
            // A new security stamp on the account's person ends their open sessions at the next revalidation.
            if (await users.FindByIdAsync(personId.ToString()) is { } user)
                (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("Ending the staff member's sessions");
        });

    private static object Snapshot(AdministratorDesignation d) =>
        new { d.PersonId, Name = d.Contact.FullName, Role = d.Role.ToString(), d.SuspendedOn, d.SuspensionReason };

    private static object Snapshot(StaffAccount a) =>
        new { a.Username, Status = a.Status.ToString(), SuspensionCause = a.SuspensionCause?.ToString(), a.SuspensionNote };
}
