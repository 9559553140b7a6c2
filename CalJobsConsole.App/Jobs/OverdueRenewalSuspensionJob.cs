using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Daily, REV-1: an account whose renewal due date has come without an approved renewal is suspended, audited as the
/// system (no actor), and its sessions end. Safe to run twice: an account already suspended is left as it is; one renewed
/// while the run was under way keeps its renewal (its save is skipped, <see cref="JobSaves"/>).
/// <para>
/// Reads only the open, unsuspended accounts whose due date has come (the partial index
/// <see cref="Data.Configurations.StaffAccountConfiguration.OpenByRenewalDueIndex"/>), in batches of
/// <see cref="BatchSize"/> in a context of their own (keyset on due date and id). Not a set-based update: the domain decides
/// per account (<see cref="StaffAccount.SuspendForOverdueRenewal"/>), each suspension is audited with its before and after,
/// and each is saved on its own so a renewal that wins the race stands — a day's suspensions are the accounts due that day.
/// </para>
/// </summary>
public sealed class OverdueRenewalSuspensionJob(IDbContextFactory<ConsoleDbContext> contexts, UserManager<ConsoleUser> users,
    BusinessClock clock, ILogger<OverdueRenewalSuspensionJob> logger, int batchSize = OverdueRenewalSuspensionJob.DefaultBatchSize)
{
    public const string AuditAction = "account.suspended-overdue-renewal";

    /// <summary>The recurring job's id and the name of its schedule setting (<see cref="JobSchedule"/>).</summary>
    public const string Name = "OverdueRenewalSuspension";

    public const int DefaultBatchSize = 200;

    public int BatchSize { get; } = batchSize is > 0 and <= 500 ? batchSize
        : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch is 1 to 500 accounts.");

    /// <returns>How many accounts this run suspended.</returns>
    public async Task<int> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            total = await Due(db, today).CountAsync(cancellationToken);
        var (suspended, done) = (0, 0);
        (DateOnly DueOn, Guid Id)? after = null;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var due = Due(db, today);
            if (after is { } cursor)
                due = due.Where(a => a.RenewalDueOn >= cursor.DueOn && (a.RenewalDueOn > cursor.DueOn || a.Id.CompareTo(cursor.Id) > 0));
            // Tracked, at most a batch: the domain decides on each account.
            var batch = await due.OrderBy(a => a.RenewalDueOn).ThenBy(a => a.Id).Take(BatchSize)
                .TagWith("OverdueRenewalSuspension: the next batch of overdue accounts").ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            after = (batch[^1].RenewalDueOn, batch[^1].Id);
            await progress.ReportAsync(done, total, "Suspending overdue accounts", cancellationToken);
            var suspendedNow = new List<Guid>();
            foreach (var account in batch)
            {
                var before = Snapshot(account);
                if (!account.SuspendForOverdueRenewal(clock))
                    continue;
                db.Audit(clock, actorId: null, AuditAction, nameof(StaffAccount), account.Id, account.AreaId, before, Snapshot(account));
                // Each account on its own: one renewed (or suspended, deactivated) since this batch read it keeps that change.
                if (await db.SaveOrSkipAsync(logger, nameof(StaffAccount), account.Id, cancellationToken))
                    suspendedNow.Add(account.PersonId);
            }
            await EndSessionsAsync(suspendedNow);
            suspended += suspendedNow.Count;
            done += batch.Count;
        }
        await progress.ReportAsync(total, total, $"{suspended} suspended, their sessions ended", cancellationToken);
        logger.LogInformation("Overdue renewals: {Count} account(s) suspended.", suspended);
        return suspended;
    }

    private static IQueryable<StaffAccount> Due(ConsoleDbContext db, DateOnly today) =>
        db.StaffAccounts.Where(a => a.Status != AccountStatus.Deactivated && a.Status != AccountStatus.Suspended && a.RenewalDueOn <= today);

    /// <summary>
    /// As the Operations Unit's suspension does: a new security stamp on each suspended account's person (their console user)
    /// ends open sessions at the next revalidation.
    /// </summary>
    private async Task EndSessionsAsync(IEnumerable<Guid> personIds)
    {
        foreach (var personId in personIds)
        {
            if (await users.FindByIdAsync(personId.ToString()) is { } user)
                (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("Ending the staff member's sessions");
        }
    }

    private static object Snapshot(StaffAccount a) =>
        new { a.Username, Status = a.Status.ToString(), SuspensionCause = a.SuspensionCause?.ToString(), a.SuspensionNote, a.RenewalDueOn };
}
