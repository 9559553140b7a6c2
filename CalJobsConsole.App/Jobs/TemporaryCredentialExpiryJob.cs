using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// CRD-1, hourly: every unused temporary password at or past its 24 hours is marked expired (audited as the system) and
/// its encrypted secret removed from the kept messages. Safe to run twice: an expired credential is never picked again.
/// The expiry is saved first, each account on its own, so a password reset made while the run was under way wins the race
/// (<see cref="JobSaves"/>) and neither its new password nor that password's kept secret is touched. A run that fails
/// between the two leaves a secret of a dead password, which no message shows past its lifetime (InAppMessage.SecretExpiredAt).
/// </summary>
public sealed class TemporaryCredentialExpiryJob(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, INotificationSender notifications,
    ILogger<TemporaryCredentialExpiryJob> logger)
{
    public const string Name = "TemporaryCredentialExpiry";

    /// <summary>Expires what is due, reporting each credential done of those due; returns the ids of the accounts whose credential this run expired.</summary>
    public async Task<IReadOnlyList<Guid>> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var open = await db.StaffAccounts
            .Where(a => a.TemporaryCredential != null && a.TemporaryCredential.UsedAt == null && a.TemporaryCredential.ExpiredAt == null)
            .ToListAsync(cancellationToken);
        var due = open.Where(a => a.TemporaryCredential!.IsDueToExpire(now)).ToList();
        var expired = new List<Guid>();
        await progress.ReportAsync(0, due.Count, "Expiring temporary passwords", cancellationToken);
        foreach (var (account, index) in due.Select((a, i) => (a, i)))
        {
            await progress.ReportAsync(index, due.Count, cancellationToken: cancellationToken);
            var before = Snapshot(account.TemporaryCredential!);
            if (!account.ExpireTemporaryCredential(clock))
                continue;
            db.Audit(clock, actorId: null, "StaffAccount.TemporaryCredentialExpired", nameof(StaffAccount), account.Id, account.AreaId,
                before, Snapshot(account.TemporaryCredential!));
            // A password reset (or the first sign-in) since this run read the account wins: its fresh password is not expired.
            if (!await db.SaveOrSkipAsync(logger, nameof(StaffAccount), account.Id, cancellationToken))
                continue;
            await notifications.RemoveSecretsAsync(account.Id, cancellationToken);
            expired.Add(account.Id);
        }
        await progress.ReportAsync(due.Count, due.Count, cancellationToken: cancellationToken);
        if (expired.Count > 0)
            logger.LogInformation("Expired {Count} temporary credential(s) past 24 hours.", expired.Count);
        return expired;
    }

    private static object Snapshot(TemporaryCredential c) => new { c.IssuedAt, c.ExpiresAt, c.ExpiredAt };
}
