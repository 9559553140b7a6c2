using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// Deactivation (DEA-1) from an approved deactivation request carrying the separation date, its form uploaded first (DOC-1):
/// a date still ahead schedules it (the daily job carries it out); otherwise the account closes now, recorded late by the
/// days past the separation date, and its sign-in's security stamp changes so every open session ends at once.
/// </summary>
public sealed class DeactivationService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, AttestationPolicy policy)
{
    /// <summary>The request as its administrator deactivates the account, with every reason it is refused now; SCO-1 for anyone else.</summary>
    public async Task<DeactivationDesk> DeskAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, actor, account, evidence) = await MaintenanceRequest.ForDeskAsync(db, scopes, scope, requestId, AccessRequestKind.Deactivation, cancellationToken);
        var scheduledHere = account.ScheduledDeactivationRequestId == request.Id;
        // A separation date before the account existed is among the rules (DEA-1): the aggregate refuses it when the button is pressed.
        return new DeactivationDesk(request.Id, request.Status, request.Form.Staff.FullName, account.Id, account.Status,
            request.Form.SeparationDate!.Value, clock.Today, scheduledHere ? account.ScheduledDeactivationOn : null, account.DeactivatedOn,
            account.DeactivationDaysLate, account.ActEligibility(request, actor, evidence, clock, policy), request.Version);
    }

    /// <summary>Deactivates (or schedules) against the request version the administrator opened, through the gate, audited with the request id.</summary>
    public Task<ActOutcome> DeactivateAsync(Guid requestId, int version, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor, account, evidence) = await MaintenanceRequest.ForActAsync(db, scopes, scope, requestId, AccessRequestKind.Deactivation, cancellationToken);
            Versioning.RequireUnchanged(request.Version, version);
            var (accountBefore, requestBefore) = (MaintenanceRequest.AccountSnapshot(account), NewAccountRecorder.RequestSnapshot(request));
            account.Deactivate(request, actor, evidence, clock);
            if (account.Status == AccountStatus.Deactivated)
            {
                await EndSessionsAsync(db, account.PersonId, cancellationToken);
                db.Audit(clock, scope.UserId, "StaffAccount.Deactivated", nameof(StaffAccount), account.Id, account.AreaId, accountBefore,
                    MaintenanceRequest.AccountSnapshot(account, Lateness(account)), request.Id);
                db.Audit(clock, scope.UserId, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
                    NewAccountRecorder.RequestSnapshot(request), request.Id);
            }
            else
            {
                db.Audit(clock, scope.UserId, "StaffAccount.DeactivationScheduled", nameof(StaffAccount), account.Id, account.AreaId, accountBefore,
                    MaintenanceRequest.AccountSnapshot(account, $"Deactivation scheduled for {account.ScheduledDeactivationOn:yyyy-MM-dd}."), request.Id);
            }
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>
    /// A new security stamp on the account's person: the cookie of every open session is re-validated against it on the next
    /// request and refused (see SecurityServices); an open Blazor circuit is refused by the scope service, which reads the
    /// account's status (a person with another role signs in again for that role's work). The daily job (DeactivationJob)
    /// ends them the same way.
    /// </summary>
    internal static async Task EndSessionsAsync(ConsoleDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == personId, cancellationToken) is { } user)
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }
    }

    private static string Lateness(StaffAccount account) => account.DeactivationDaysLate is { } days && days > 0
        ? $"Deactivated {DeactivationDesk.Days(days)} after the separation date (late)."
        : "Deactivated on time.";
}
