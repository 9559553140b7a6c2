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
/// </summary>
public sealed class OverdueRenewalSuspensionJob(IDbContextFactory<ConsoleDbContext> contexts, UserManager<ConsoleUser> users,
    BusinessClock clock, ILogger<OverdueRenewalSuspensionJob> logger)
{
    public const string AuditAction = "account.suspended-overdue-renewal";

    /// <returns>How many accounts this run suspended.</returns>
    /// <summary>The recurring job's id and the name of its schedule setting (<see cref="JobSchedule"/>).</summary>
    public const string Name = "OverdueRenewalSuspension";

    public async Task<int> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var suspended = new List<Guid>();
        var total = 0;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var due = await db.StaffAccounts
                .Where(a => a.Status != AccountStatus.Deactivated && a.Status != AccountStatus.Suspended && a.RenewalDueOn <= today)
                .ToListAsync(cancellationToken);
            total = due.Count;
            await progress.ReportAsync(0, due.Count, "Suspending overdue accounts", cancellationToken);
            foreach (var (account, index) in due.Select((a, i) => (a, i)))
            {
                await progress.ReportAsync(index, due.Count, cancellationToken: cancellationToken);
                var before = Snapshot(account);
                if (!account.SuspendForOverdueRenewal(clock))
                    continue;
                db.Audit(clock, actorId: null, AuditAction, nameof(StaffAccount), account.Id, account.AreaId, before, Snapshot(account));
                // Each account on its own: one renewed (or suspended, deactivated) since this run read it keeps that change.
                if (await db.SaveOrSkipAsync(logger, nameof(StaffAccount), account.Id, cancellationToken))
                    suspended.Add(account.Id);
            }
        }
        // As the Operations Unit's suspension does: the staff member's console user shares the account's id, and a new
        // security stamp ends open sessions at the next revalidation.
        foreach (var accountId in suspended)
        {
            if (await users.FindByIdAsync(accountId.ToString()) is { } user)
                (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed("Ending the staff member's sessions");
        }
        await progress.ReportAsync(total, total, $"{suspended.Count} suspended, their sessions ended", cancellationToken);
        logger.LogInformation("Overdue renewals: {Count} account(s) suspended.", suspended.Count);
        return suspended.Count;
    }

    private static object Snapshot(StaffAccount a) =>
        new { a.Username, Status = a.Status.ToString(), SuspensionCause = a.SuspensionCause?.ToString(), a.SuspensionNote, a.RenewalDueOn };
}
