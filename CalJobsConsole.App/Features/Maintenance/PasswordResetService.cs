using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// Fulfils an approved password-reset request (Resetting Passwords): the administrator of the request's area issues a new
/// temporary password (CRD-1) once every rule holds (REQ-1, DES-2, REV-1, SCO-1, DOC-1, DEA-1). Its hash replaces the
/// sign-in's, so any earlier password — an unused temporary one included — and every open session stop working at once;
/// it is shown once to the administrator and sent to the staff member with a copy to the requestor, never stored in clear.
/// </summary>
public sealed class PasswordResetService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    AttestationPolicy policy, CredentialIssuer credentials, INotificationSender notifications)
{
    /// <summary>The request as its administrator fulfils it, with every reason the reset is refused now; SCO-1 for anyone else.</summary>
    public async Task<PasswordResetDesk> DeskAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, actor, account, evidence) = await MaintenanceRequest.ForDeskAsync(db, scopes, scope, requestId, AccessRequestKind.PasswordReset, cancellationToken);
        return new PasswordResetDesk(request.Id, request.Status, account.Id, account.Staff.FullName, account.Username,
            account.ActEligibility(request, actor, evidence, clock, policy), request.Version);
    }

    /// <summary>
    /// Resets the password through the gate in one save (account, sign-in, request, audit records naming the request and holding
    /// no password), removes every kept copy of the earlier temporary password, then sends the new one. It comes back once, for
    /// the administrator to see, with whether the message went out.
    /// </summary>
    public Task<ActOutcome<IssuedPassword>> ResetAsync(Guid requestId, int version, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor, account, evidence) = await MaintenanceRequest.ForActAsync(db, scopes, scope, requestId, AccessRequestKind.PasswordReset, cancellationToken);
            Versioning.RequireUnchanged(request.Version, version);
            var requestBefore = NewAccountRecorder.RequestSnapshot(request);
            var accountBefore = CredentialSnapshot(account);
            account.ResetPassword(request, actor, evidence, clock);
            var credential = await credentials.ReplaceSignInPasswordAsync(db, account, cancellationToken);
            db.Audit(clock, scope.UserId, "StaffAccount.PasswordReset", nameof(StaffAccount), account.Id, account.AreaId, accountBefore, CredentialSnapshot(account), request.Id);
            db.Audit(clock, scope.UserId, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
                NewAccountRecorder.RequestSnapshot(request), request.Id);
            db.Audit(clock, scope.UserId, SecurityAudit.Actions.TemporaryPasswordRevealed, nameof(StaffAccount), account.Id, account.AreaId, null,
                CredentialIssuer.Revealed(credential), request.Id);
            await db.SaveChangesAsync(cancellationToken);
            // The earlier temporary password is dead: no message may show it any more.
            await notifications.RemoveSecretsAsync(account.Id, cancellationToken);
            var delivered = await credentials.DeliverAsync(db, credential, account, request, isReset: true, cancellationToken);
            return new IssuedPassword(credential, delivered);
        });

    /// <summary>The credential's state as the audit trail records it: dates and flags, never a password or its hash.</summary>
    private static object CredentialSnapshot(StaffAccount a) => new
    {
        Status = a.Status.ToString(), a.MustChangePassword, TemporaryPasswordIssuedAt = a.TemporaryCredential?.IssuedAt,
        TemporaryPasswordExpiresAt = a.TemporaryCredential?.ExpiresAt, TemporaryPasswordUsedAt = a.TemporaryCredential?.UsedAt,
    };
}
