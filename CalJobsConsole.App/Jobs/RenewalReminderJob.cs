using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Daily, REN-1: an account not deactivated whose annual renewal is 30, 14, 7 or 1 days away, or overdue, gets one
/// reminder per (account, due date, threshold) — to its requestor, copied to the area's administrators. Safe to run
/// twice (the key is in the database) and after missed days (one reminder, for the threshold now in force).
/// <para>
/// Its cost follows what is due, not the size of the state: the database selects only the open accounts whose reminder in
/// force has no key yet (the partial index <see cref="Data.Configurations.StaffAccountConfiguration.OpenByRenewalDueIndex"/> and the
/// key's unique index), in batches of <see cref="BatchSize"/> read without tracking in a context of their own (keyset on
/// due date and id), and each batch's notifications, in-app messages and keys are stored in one save.
/// </para>
/// </summary>
public sealed class RenewalReminderJob(IDbContextFactory<ConsoleDbContext> contexts, INotificationSender notifications,
    BusinessClock clock, ILogger<RenewalReminderJob> logger, int batchSize = RenewalReminderJob.DefaultBatchSize)
{
    public const string Kind = "renewal.reminder";

    /// <summary>The recurring job's id and the name of its schedule setting (<see cref="JobSchedule"/>).</summary>
    public const string Name = "RenewalReminders";

    /// <summary>Reminders read, sent and recorded together; under the test guard's 500 rows a query.</summary>
    public const int DefaultBatchSize = 200;

    public int BatchSize { get; } = batchSize is > 0 and <= 500 ? batchSize
        : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch is 1 to 500 reminders.");

    /// <summary>Sends the reminders due today; throws at the end (after trying every one) if any could not be sent, so the scheduler retries.</summary>
    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            total = await Due(db, today).CountAsync(cancellationToken);
        await progress.ReportAsync(0, total, "Sending the renewal reminders due", cancellationToken);

        // Administrators are read once per (area, office) a run: bounded by the offices, not by the accounts.
        var administrators = new Dictionary<(Guid AreaId, Guid OfficeId), List<NotificationRecipient>>();
        var (sent, done, after) = (0, 0, (Cursor?)null);
        var failed = new List<Exception>();
        while (true)
        {
            var batch = await NextBatchAsync(today, after, cancellationToken);
            if (batch.Count == 0)
                break;
            after = new Cursor(batch[^1].DueOn, batch[^1].AccountId);
            try
            {
                sent += await SendBatchAsync(batch, today, administrators, failed, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Nothing of this batch was stored: no key, so the retry sends it. The next batches still go.
                logger.LogError(ex, "A batch of {Count} renewal reminder(s) was not stored.", batch.Count);
                failed.Add(ex);
            }
            done += batch.Count;
            await progress.ReportAsync(Math.Min(done, total), total, $"{sent} sent", cancellationToken);
        }
        await progress.ReportAsync(total, total, $"{sent} sent, {failed.Count} failed", cancellationToken);
        logger.LogInformation("Renewal reminders: {Sent} sent, {Failed} failed.", sent, failed.Count);
        if (failed.Count > 0)
            throw new AggregateException($"{failed.Count} renewal reminder(s) or batch(es) were not sent; a rerun sends only those.", failed);
        return sent;
    }

    private async Task<List<DueReminder>> NextBatchAsync(DateOnly today, Cursor? after, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = Due(db, today);
        if (after is { } cursor)
            due = due.Where(d => d.DueOn >= cursor.DueOn && (d.DueOn > cursor.DueOn || d.AccountId.CompareTo(cursor.AccountId) > 0));
        return await due.OrderBy(d => d.DueOn).ThenBy(d => d.AccountId).Take(BatchSize)
            .TagWith("RenewalReminders: the next batch of reminders due")
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The reminders due on <paramref name="today"/> and not yet sent, with their requestor: open accounts within 30 days of
    /// their due date (or past it) whose key for the threshold in force (<see cref="RenewalReminder.ThresholdInForce"/>,
    /// written here as date bounds the database compares) is not in <c>RenewalReminders</c>.
    /// </summary>
    internal static IQueryable<DueReminder> Due(ConsoleDbContext db, DateOnly today)
    {
        var (oneDay, sevenDays, fourteenDays, thirtyDays) = (today.AddDays(1), today.AddDays(7), today.AddDays(14), today.AddDays(30));
        return from account in db.StaffAccounts.AsNoTracking()
               where account.Status != AccountStatus.Deactivated && account.RenewalDueOn <= thirtyDays
               let threshold = account.RenewalDueOn <= today ? RenewalReminder.Overdue
                   : account.RenewalDueOn <= oneDay ? 1
                   : account.RenewalDueOn <= sevenDays ? 7
                   : account.RenewalDueOn <= fourteenDays ? 14
                   : 30
               where !db.RenewalReminders.Any(r => r.AccountId == account.Id && r.DueOn == account.RenewalDueOn && r.Threshold == threshold)
               join user in db.Users on account.SupervisorId equals user.Id into requestors
               from requestor in requestors.DefaultIfEmpty()
               select new DueReminder
               {
                   AccountId = account.Id,
                   Username = account.Username,
                   FullName = account.Staff.FullName,
                   AreaId = account.AreaId,
                   OfficeId = account.OfficeId,
                   DueOn = account.RenewalDueOn,
                   Threshold = threshold,
                   RequestorId = requestor == null ? null : requestor.Id,
                   RequestorName = requestor == null ? null : requestor.FullName,
                   RequestorEmail = requestor == null ? null : requestor.Email,
               };
    }

    /// <summary>
    /// One save for the batch: every reminder's notification and in-app messages together with its key — all stored, or none
    /// (then none is sent, and the retry sends them). The e-mails are attempted after the save; one not attempted stays
    /// pending for the e-mail retry job. A reminder whose message cannot be made is left out (no key: the retry tries it).
    /// </summary>
    private async Task<int> SendBatchAsync(List<DueReminder> batch, DateOnly today, Dictionary<(Guid, Guid), List<NotificationRecipient>> administratorsByOffice,
        List<Exception> failed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var emails = new List<Guid>();
        var sent = 0;
        foreach (var due in batch)
        {
            // The database chose it by date bounds; the domain's rule has the last word.
            if (RenewalReminder.ThresholdInForce(due.DueOn, today) != due.Threshold)
                continue;
            if (!administratorsByOffice.TryGetValue((due.AreaId, due.OfficeId), out var administrators))
                administratorsByOffice[(due.AreaId, due.OfficeId)] = administrators =
                    await Recipients.AdministratorsAsync(db, due.AreaId, due.OfficeId, cancellationToken);
            var requestor = due.Requestor is { } r ? new[] { r } : [];
            if (requestor.Length + administrators.Count == 0)
            {
                // Not recorded: tomorrow's run tries again, once someone is there to tell.
                logger.LogWarning("Account {AccountId} is due for renewal but has neither a requestor nor an administrator to remind.", due.AccountId);
                continue;
            }
            try
            {
                if (notifications.Stage(db, Message(due, today, requestor, administrators)) is { } email)
                    emails.Add(email);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The renewal reminder ({Threshold}) for account {AccountId} was not sent.", due.Threshold, due.AccountId);
                failed.Add(ex);
                continue;
            }
            db.RenewalReminders.Add(RenewalReminder.Sent(due.AccountId, due.DueOn, due.Threshold, clock.UtcNow));
            sent++;
        }
        if (sent == 0)
            return 0;
        // The key's unique index refuses the whole batch if another run recorded one of them meanwhile: nothing of it
        // went out, and the next run (or the next batch read) sees which are still due.
        await db.SaveChangesAsync(cancellationToken);
        await notifications.DeliverStagedAsync(emails, cancellationToken);
        return sent;
    }

    private static OutgoingNotification Message(DueReminder due, DateOnly today, IReadOnlyList<NotificationRecipient> requestor,
        IReadOnlyList<NotificationRecipient> administrators)
    {
        var dueOn = due.DueOn.ToString("yyyy-MM-dd");
        var who = $"{due.FullName} ({due.Username})";
        var daysLeft = due.DueOn.DayNumber - today.DayNumber;
        var (subject, when) = due.Threshold == RenewalReminder.Overdue
            ? ($"Renewal overdue: {who}, due {dueOn}",
                $"The annual renewal of the CalJOBS staff account {who} was due on {dueOn} ({-daysLeft} day(s) ago) and has not been approved. " +
                "The account is suspended until a renewal is approved (REV-1).")
            : ($"Renewal due in {daysLeft} day(s): {who}, due {dueOn}",
                $"The annual renewal of the CalJOBS staff account {who} is due on {dueOn}: {daysLeft} day(s) left. " +
                "An account not renewed by its due date is suspended on that date (REV-1).");
        var body = when + "\n\n" +
            "What to do (REN-1): the manager or supervisor submits the annual renewal request with the staff member's updated " +
            "attestation dates (and, for non-EDD staff, the updated ISPA certificate and E-1); the area's administrator approves it " +
            "and carries out the renewal, which sets the next due date one year on.";
        return new OutgoingNotification(Kind, subject, body, requestor, administrators, AccountId: due.AccountId);
    }

    private readonly record struct Cursor(DateOnly DueOn, Guid AccountId);
}

/// <summary>What one reminder due needs, read without the account's entity: who, when, the threshold in force and the requestor.</summary>
internal sealed class DueReminder
{
    public required Guid AccountId { get; init; }
    public required string Username { get; init; }
    public required string FullName { get; init; }
    public required Guid AreaId { get; init; }
    public required Guid OfficeId { get; init; }
    public required DateOnly DueOn { get; init; }
    public required int Threshold { get; init; }
    public Guid? RequestorId { get; init; }
    public string? RequestorName { get; init; }
    public string? RequestorEmail { get; init; }

    public NotificationRecipient? Requestor => RequestorId is { } id ? new NotificationRecipient(RequestorName ?? "", RequestorEmail, id) : null;
}
