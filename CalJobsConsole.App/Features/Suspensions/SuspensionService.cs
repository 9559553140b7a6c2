using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
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

public sealed record AccountLine(Guid AccountId, string AreaName, string Name, string Username, AccountStatus Status, SuspensionCause? Cause, string? Note);

public sealed record SuspensionsView(IReadOnlyList<AdministratorLine> Administrators, IReadOnlyList<AccountLine> Accounts);

/// <summary>
/// REV-1 at the Operations Unit's desk: it suspends an administrator's privileges (the seat is kept, every
/// administrative action refused) or any staff account, with a reason, and lifts its suspensions. Each change is
/// audited; a staff member's console sessions end at the next revalidation (new security stamp).
/// </summary>
public sealed class SuspensionService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    UserManager<ConsoleUser> users)
{
    public async Task<SuspensionsView> GetAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var designations = await db.Designations.AsNoTracking().Where(d => d.Status == DesignationStatus.Active).ToListAsync(cancellationToken);
        var accounts = await db.StaffAccounts.AsNoTracking().Where(a => a.Status != AccountStatus.Deactivated).ToListAsync(cancellationToken);
        return new SuspensionsView(
            designations.Select(d => new AdministratorLine(d.Id, areas[d.AreaId], d.Contact.FullName, d.Role, d.SuspendedOn, d.SuspensionReason))
                .OrderBy(l => l.AreaName).ThenBy(l => l.Name).ToList(),
            accounts.Select(a => new AccountLine(a.Id, areas.GetValueOrDefault(a.AreaId, "?"), a.Staff.FullName, a.Username, a.Status,
                    a.SuspensionCause, a.SuspensionNote))
                .OrderBy(l => l.AreaName).ThenBy(l => l.Username).ToList());
    }

    public Task SuspendAdministratorAsync(Guid designationId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAdministratorAsync(designationId, "AdministratorSuspended",
            (area, id) => area.SuspendAdministrator(id, reason, clock.Today), cancellationToken);

    public Task LiftAdministratorSuspensionAsync(Guid designationId, CancellationToken cancellationToken = default) =>
        ChangeAdministratorAsync(designationId, "AdministratorSuspensionLifted",
            (area, id) => area.LiftAdministratorSuspension(id), cancellationToken);

    public Task SuspendAccountAsync(Guid accountId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(accountId, "StaffAccountSuspended", account => account.SuspendByOperationsUnit(reason), cancellationToken);

    public Task LiftAccountSuspensionAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(accountId, "StaffAccountSuspensionLifted", account => account.LiftOperationsUnitSuspension(), cancellationToken);

    private async Task ChangeAdministratorAsync(Guid designationId, string action, Action<Area, Guid> change, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areaId = await db.Designations.Where(d => d.Id == designationId).Select(d => (Guid?)d.AreaId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("DesignationId", "no such administrator designation.");
        var area = await db.Areas.Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Active))
            .SingleAsync(a => a.Id == areaId, cancellationToken);
        var designation = area.Designations.SingleOrDefault(d => d.Id == designationId)
            ?? throw new InvalidInputException("DesignationId", $"{area.Name} has no active designation with that id.");
        var before = Snapshot(designation);
        change(area, designationId);
        db.Audit(clock, scope.UserId, action, nameof(AdministratorDesignation), designationId, areaId, before, Snapshot(designation));
        // Rights are read from the database on every call (ScopeService), so the refusal holds from the next action on.
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAccountAsync(Guid accountId, string action, Action<StaffAccount> change, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                ?? throw new InvalidInputException("AccountId", "no such staff account.");
            var before = Snapshot(account);
            change(account);
            db.Audit(clock, scope.UserId, action, nameof(StaffAccount), account.Id, account.AreaId, before, Snapshot(account));
            await db.SaveChangesAsync(cancellationToken);
        }
        // The staff member's console user shares the account's id: a new security stamp ends open sessions at the next revalidation.
        if (await users.FindByIdAsync(accountId.ToString()) is { } user)
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("Ending the staff member's sessions");
    }

    private static object Snapshot(AdministratorDesignation d) =>
        new { d.PersonId, Name = d.Contact.FullName, Role = d.Role.ToString(), d.SuspendedOn, d.SuspensionReason };

    private static object Snapshot(StaffAccount a) =>
        new { a.Username, Status = a.Status.ToString(), SuspensionCause = a.SuspensionCause?.ToString(), a.SuspensionNote };
}
