using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Accounts;

public sealed record SupervisorChoice(Guid PersonId, string FullName);

/// <summary>An account's supervisor as the detail page shows it, and whom its administrators may make supervisor instead.</summary>
public sealed record AccountSupervision(Guid AccountId, string SupervisorName, bool SupervisorRegistered, bool MayReassign,
    IReadOnlyList<SupervisorChoice> Candidates);

/// <summary>One open account whose supervisor is no longer a registered requestor for its office (REQ-2).</summary>
public sealed record UnsupervisedAccount(Guid AccountId, string StaffName, string Username, string FormerSupervisor);

public sealed record UnsupervisedAccounts(int Count, IReadOnlyList<UnsupervisedAccount> First);

/// <summary>
/// Supervisors change (issue 18, REQ-2): each account shows its supervisor; when a requestor's registration ends, the open
/// accounts they supervised are "without a supervisor" on the administrator's desk until an administrator of the account (or the
/// Operations Unit) reassigns them to a requestor registered for the account's office, who then files its requests.
/// </summary>
public sealed class SupervisorService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public const int ListedWithoutSupervisor = 10;

    /// <summary>The account's supervisor, for anyone who may view the account; the candidates only for those who may reassign.</summary>
    public async Task<AccountSupervision> ForAccountAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        BusinessRules.Check(new AccountMustBeInViewersScopeRule(account is not null && scope.MayViewAccount(account)));
        var supervisor = await db.Users.AsNoTracking().Where(u => u.Id == account!.SupervisorId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken);
        var registered = await Registered(db, account!.AreaId, account.OfficeId).AnyAsync(r => r.PersonId == account.SupervisorId, cancellationToken);
        var mayReassign = account.Status != AccountStatus.Deactivated
            && (scope.IsOperationsUnit || scope.SeatCovering(account.AreaId, account.OfficeId) is not null);
        var candidates = !mayReassign ? [] : await (
            from r in Registered(db, account.AreaId, account.OfficeId)
            join u in db.Users on r.PersonId equals u.Id
            where r.PersonId != account.SupervisorId
            orderby u.FullName
            select new SupervisorChoice(u.Id, u.FullName)).Distinct().ToListAsync(cancellationToken);
        return new AccountSupervision(account.Id, supervisor ?? "(no longer a console user)", registered, mayReassign, candidates);
    }

    /// <summary>Makes a requestor registered for the account's office its supervisor (REQ-2); an administrator's act on the account.</summary>
    public Task<ActOutcome> ReassignAsync(Guid accountId, Guid newSupervisorId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
            // An unknown id gets the answer an account out of scope gets: a forged id learns nothing.
            BusinessRules.Check(new AccountMustBeInViewersScopeRule(account is not null));
            var actor = await scopes.ActAsAdministratorOrOperationsUnitAsync(account!.AreaId, account.OfficeId, cancellationToken, "reassigns supervisors");
            var registrations = await db.RequestorRegistrations.AsNoTracking()
                .Where(r => r.PersonId == newSupervisorId && r.AreaId == account.AreaId && r.OfficeId == account.OfficeId && r.EndedAt == null)
                .ToListAsync(cancellationToken);
            var areaName = await db.Areas.Where(a => a.Id == account.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
            var officeName = await db.Offices.Where(o => o.Id == account.OfficeId).Select(o => o.Name).SingleAsync(cancellationToken);
            var before = new { account.SupervisorId };
            account.ReassignSupervisor(newSupervisorId, RequestorRegistration.RuleFor(registrations, account.AreaId, account.OfficeId, areaName, officeName));
            db.Audit(clock, actor.UserId, "account.supervisor-reassigned", nameof(StaffAccount), account.Id, account.AreaId, before, new { account.SupervisorId });
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The area's open accounts whose supervisor is not registered for the account's office any more (SCO-1: who may view the area).</summary>
    public async Task<UnsupervisedAccounts> ListWithoutSupervisorAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireAreaAsync(areaId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unsupervised = db.StaffAccounts.AsNoTracking()
            .Where(a => a.AreaId == areaId && a.Status != AccountStatus.Deactivated
                && !db.RequestorRegistrations.Any(r => r.PersonId == a.SupervisorId && r.AreaId == a.AreaId && r.OfficeId == a.OfficeId && r.EndedAt == null));
        var count = await unsupervised.CountAsync(cancellationToken);
        var first = count == 0 ? [] : await (
            from a in unsupervised
            join u in db.Users on a.SupervisorId equals u.Id into supervisors
            from u in supervisors.DefaultIfEmpty()
            orderby a.Staff.FullName
            select new UnsupervisedAccount(a.Id, a.Staff.FullName, a.Username, u == null ? "" : u.FullName))
            .Take(ListedWithoutSupervisor).ToListAsync(cancellationToken);
        return new UnsupervisedAccounts(count, first);
    }

    private static IQueryable<RequestorRegistration> Registered(ConsoleDbContext db, Guid areaId, Guid officeId) =>
        db.RequestorRegistrations.AsNoTracking().Where(r => r.AreaId == areaId && r.OfficeId == officeId && r.EndedAt == null);
}
