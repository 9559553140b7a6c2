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
/// Annual renewal (REN-1) from an approved renewal request: the administrator of the request's area renews the account
/// once the updated attestations are current (PRE-1, PRE-2) and, for non-EDD staff, the updated ISPA certificate and
/// signed E-1 are uploaded (DOC-1). The next due date is one year after the approval; an overdue suspension ends (REV-1).
/// </summary>
public sealed class RenewalService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, AttestationPolicy policy)
{
    /// <summary>The request as its administrator renews the account, with every reason the renewal is refused now; SCO-1 for anyone else.</summary>
    public async Task<RenewalDesk> DeskAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, actor, account, evidence) = await MaintenanceRequest.ForDeskAsync(db, scopes, scope, requestId, AccessRequestKind.AnnualRenewal, cancellationToken);
        return new RenewalDesk(request.Id, request.Status, request.Form.Staff.FullName, account.Id, account.Status, account.RenewalDueOn,
            request.DecidedAt is { } approved ? clock.ToBusinessDate(approved).AddYears(1) : null,
            account.ActEligibility(request, actor, evidence, clock, policy), request.Version);
    }

    /// <summary>Renews the account against the request version the administrator opened, through the gate, audited with the request id.</summary>
    public Task<ActOutcome> RenewAsync(Guid requestId, int version, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor, account, evidence) = await MaintenanceRequest.ForActAsync(db, scopes, scope, requestId, AccessRequestKind.AnnualRenewal, cancellationToken);
            Versioning.RequireUnchanged(request.Version, version);
            var (accountBefore, requestBefore) = (MaintenanceRequest.AccountSnapshot(account), NewAccountRecorder.RequestSnapshot(request));
            account.Renew(request, actor, evidence, clock, policy);
            db.Audit(clock, scope.UserId, "StaffAccount.Renewed", nameof(StaffAccount), account.Id, account.AreaId, accountBefore,
                MaintenanceRequest.AccountSnapshot(account, $"Renewed; due again on {account.RenewalDueOn:yyyy-MM-dd}."), request.Id);
            db.Audit(clock, scope.UserId, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
                NewAccountRecorder.RequestSnapshot(request), request.Id);
            await db.SaveChangesAsync(cancellationToken);
        });
}
