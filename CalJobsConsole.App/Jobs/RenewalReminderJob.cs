using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Daily, REN-1: an account not deactivated whose annual renewal is 30, 14, 7 or 1 days away, or overdue, gets one
/// reminder per (account, due date, threshold) — to its requestor, copied to the area's administrators. Safe to run
/// twice (the key is in the database) and after missed days (one reminder, for the threshold now in force).
/// </summary>
public sealed class RenewalReminderJob(IDbContextFactory<ConsoleDbContext> contexts, INotificationSender notifications,
    BusinessClock clock, ILogger<RenewalReminderJob> logger)
{
    public const string Kind = "renewal.reminder";

    /// <summary>Sends the reminders due today; throws at the end (after trying every one) if any could not be sent, so the scheduler retries.</summary>
    /// <returns>How many reminders were sent.</returns>
    /// <summary>The recurring job's id and the name of its schedule setting (<see cref="JobSchedule"/>).</summary>
    public const string Name = "RenewalReminders";

    public async Task<int> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var horizon = today.AddDays(RenewalReminder.DaysBefore[0]);
        List<StaffAccount> accounts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            accounts = await db.StaffAccounts.AsNoTracking()
                .Where(a => a.Status != AccountStatus.Deactivated && a.RenewalDueOn <= horizon)
                .OrderBy(a => a.RenewalDueOn).ThenBy(a => a.Username)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        var failed = new List<Exception>();
        await progress.ReportAsync(0, accounts.Count, "Checking accounts due for renewal", cancellationToken);
        foreach (var (account, index) in accounts.Select((a, i) => (a, i)))
        {
            await progress.ReportAsync(index, accounts.Count, cancellationToken: cancellationToken);
            if (RenewalReminder.ThresholdInForce(account.RenewalDueOn, today) is not { } threshold)
                continue;
            try
            {
                if (await RemindAsync(account, threshold, today, cancellationToken))
                    sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The others still go out; this one has no key yet, so the retry sends it.
                logger.LogError(ex, "The renewal reminder ({Threshold}) for account {AccountId} was not sent.", threshold, account.Id);
                failed.Add(ex);
            }
        }
        await progress.ReportAsync(accounts.Count, accounts.Count, $"{sent} sent, {failed.Count} failed", cancellationToken);
        logger.LogInformation("Renewal reminders: {Sent} sent, {Failed} failed.", sent, failed.Count);
        if (failed.Count > 0)
            throw new AggregateException($"{failed.Count} renewal reminder(s) were not sent; a rerun sends only those.", failed);
        return sent;
    }

    /// <summary>
    /// Send, then record the key — at least once, per reminder. Recording first (at most once) would lose the reminder
    /// for good whenever the sender fails, and REN-1 cannot afford a silent miss; keeping a transaction open across the send
    /// would hold SQLite's write lock while the sender writes its in-app messages. The only window for a second copy is a
    /// crash between a successful send and this one-row commit; a concurrent run that recorded it first is caught by the
    /// unique key (then two copies went out, and that is logged).
    /// </summary>
    private async Task<bool> RemindAsync(StaffAccount account, int threshold, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RenewalReminders.AnyAsync(r => r.AccountId == account.Id && r.DueOn == account.RenewalDueOn && r.Threshold == threshold, cancellationToken))
            return false;
        var requestor = await db.Users.AsNoTracking().Where(u => u.Id == account.SupervisorId)
            .Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken);
        var administrators = await Recipients.AdministratorsAsync(db, account.AreaId, account.OfficeId, cancellationToken);
        if (requestor.Count + administrators.Count == 0)
        {
            // Not recorded: tomorrow's run tries again, once someone is there to tell.
            logger.LogWarning("Account {AccountId} is due for renewal but has neither a requestor nor an administrator to remind.", account.Id);
            return false;
        }

        await notifications.SendAsync(Message(account, threshold, today, requestor, administrators), cancellationToken);
        db.RenewalReminders.Add(RenewalReminder.Sent(account.Id, account.RenewalDueOn, threshold, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(CancellationToken.None); // sent: record it even if cancellation is asked for now
        }
        catch (DbUpdateException ex) when (DatabaseConstraint.IsUniqueViolation(ex))
        {
            logger.LogWarning("Renewal reminder ({Threshold}) for account {AccountId} was also sent by a concurrent run.", threshold, account.Id);
        }
        return true;
    }

    private static OutgoingNotification Message(StaffAccount account, int threshold, DateOnly today, IReadOnlyList<NotificationRecipient> requestor,
        IReadOnlyList<NotificationRecipient> administrators)
    {
        var due = account.RenewalDueOn.ToString("yyyy-MM-dd");
        var who = $"{account.Staff.FullName} ({account.Username})";
        var daysLeft = account.RenewalDueOn.DayNumber - today.DayNumber;
        var (subject, when) = threshold == RenewalReminder.Overdue
            ? ($"Renewal overdue: {who}, due {due}",
                $"The annual renewal of the CalJOBS staff account {who} was due on {due} ({-daysLeft} day(s) ago) and has not been approved. " +
                "The account is suspended until a renewal is approved (REV-1).")
            : ($"Renewal due in {daysLeft} day(s): {who}, due {due}",
                $"The annual renewal of the CalJOBS staff account {who} is due on {due}: {daysLeft} day(s) left. " +
                "An account not renewed by its due date is suspended on that date (REV-1).");
        var body = when + "\n\n" +
            "What to do (REN-1): the manager or supervisor submits the annual renewal request with the staff member's updated " +
            "attestation dates (and, for non-EDD staff, the updated ISPA certificate and E-1); the area's administrator approves it " +
            "and carries out the renewal, which sets the next due date one year on.";
        return new OutgoingNotification(Kind, subject, body, requestor, administrators, AccountId: account.Id);
    }
}
