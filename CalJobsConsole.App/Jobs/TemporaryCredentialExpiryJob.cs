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
/// <para>
/// Reads only the accounts with an open (unused, unexpired) temporary password — at most a day's new accounts, since this
/// job expires the rest hourly — in batches of <see cref="BatchSize"/>, each in a context of its own (keyset on id). The
/// 24-hour rule is the domain's (<see cref="TemporaryCredential.IsDueToExpire"/>), the expiry is audited per account and
/// saved on its own (the race with a reset), so no set-based update here.
/// </para>
/// </summary>
public sealed class TemporaryCredentialExpiryJob(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, INotificationSender notifications,
    ILogger<TemporaryCredentialExpiryJob> logger, int batchSize = TemporaryCredentialExpiryJob.DefaultBatchSize)
{
    public const string Name = "TemporaryCredentialExpiry";

    public const int DefaultBatchSize = 200;

    public int BatchSize { get; } = batchSize is > 0 and <= 500 ? batchSize
        : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch is 1 to 500 accounts.");

    /// <summary>Expires what is due, reporting each batch done of the open credentials; returns the ids of the accounts whose credential this run expired.</summary>
    public async Task<IReadOnlyList<Guid>> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            total = await Open(db).CountAsync(cancellationToken);
        var expired = new List<Guid>();
        var (done, after) = (0, (Guid?)null);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var open = Open(db);
            if (after is { } last)
                open = open.Where(a => a.Id.CompareTo(last) > 0);
            var batch = await open.OrderBy(a => a.Id).Take(BatchSize)
                .TagWith("TemporaryCredentialExpiry: the next batch of open temporary passwords").ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            after = batch[^1].Id;
            await progress.ReportAsync(done, total, "Expiring temporary passwords", cancellationToken);
            foreach (var account in batch.Where(a => a.TemporaryCredential!.IsDueToExpire(now)))
            {
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
            done += batch.Count;
        }
        await progress.ReportAsync(total, total, cancellationToken: cancellationToken);
        if (expired.Count > 0)
            logger.LogInformation("Expired {Count} temporary credential(s) past 24 hours.", expired.Count);
        return expired;
    }

    /// <summary>Accounts whose temporary password is neither used nor expired (tracked: the domain expires each).</summary>
    private static IQueryable<StaffAccount> Open(ConsoleDbContext db) =>
        db.StaffAccounts.Where(a => a.TemporaryCredential != null && a.TemporaryCredential.UsedAt == null && a.TemporaryCredential.ExpiredAt == null);

    private static object Snapshot(TemporaryCredential c) => new { c.IssuedAt, c.ExpiresAt, c.ExpiredAt };
}
