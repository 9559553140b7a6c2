using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// CRD-1, hourly: every unused temporary password at or past its 24 hours is marked expired (audited as the system) and
/// its encrypted secret removed from the kept messages. Safe to run twice: an expired credential is never picked again;
/// the secret goes before the expiry is saved, so a run that fails in between leaves the account to the next run.
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
            await notifications.RemoveSecretsAsync(account.Id, cancellationToken);
            var before = Snapshot(account.TemporaryCredential!);
            if (!account.ExpireTemporaryCredential(clock))
                continue;
            db.Audit(clock, actorId: null, "StaffAccount.TemporaryCredentialExpired", nameof(StaffAccount), account.Id, account.AreaId,
                before, Snapshot(account.TemporaryCredential!));
            expired.Add(account.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        await progress.ReportAsync(due.Count, due.Count, cancellationToken: cancellationToken);
        if (expired.Count > 0)
            logger.LogInformation("Expired {Count} temporary credential(s) past 24 hours.", expired.Count);
        return expired;
    }

    private static object Snapshot(TemporaryCredential c) => new { c.IssuedAt, c.ExpiresAt, c.ExpiredAt };
}
