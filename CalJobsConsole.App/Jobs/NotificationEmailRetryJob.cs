using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// E-mail retries. <see cref="RetryAsync"/> is what a failed attempt schedules (the notification's id only);
/// <see cref="RunAsync"/>, every few minutes, catches up on everything due — after a restart, a lost schedule or a worker
/// that died mid-send — and gives up the e-mails whose secret's 24 hours have passed. Safe to run twice and side by side:
/// each attempt is claimed first (<see cref="NotificationEmailDelivery"/>), so an e-mail is sent once.
/// </summary>
public sealed class NotificationEmailRetryJob(IDbContextFactory<ConsoleDbContext> contexts, NotificationEmailDelivery delivery, BusinessClock clock,
    ILogger<NotificationEmailRetryJob> logger)
{
    public const string Name = "NotificationEmailRetry";

    /// <summary>At most this many e-mails a run, oldest due first; the next run takes the rest.</summary>
    public const int BatchSize = 200;

    /// <summary>Attempts one notification's e-mail if it is still due.</summary>
    public Task<EmailDeliveryState?> RetryAsync(Guid notificationId, CancellationToken cancellationToken) =>
        delivery.AttemptAsync(notificationId, cancellationToken: cancellationToken);

    /// <summary>Attempts every due e-mail; returns how many were sent.</summary>
    public async Task<int> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var expiredBefore = now - InAppMessage.SecretLifetime;
            await db.Notifications
                .Where(n => n.ProtectedSecret != null && n.CreatedAt <= expiredBefore
                    && (n.EmailState == EmailDeliveryState.Pending || n.EmailState == EmailDeliveryState.Failed))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, EmailDeliveryState.GaveUp).SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
                    .SetProperty(n => n.LastError, NotificationEmailDelivery.SecretExpiredReason)
                    .SetProperty(n => n.ProtectedSecret, (string?)null).SetProperty(n => n.SecretRemovedAt, now), cancellationToken);
            due = await db.Notifications
                .Where(n => (n.EmailState == EmailDeliveryState.Pending || n.EmailState == EmailDeliveryState.Failed || n.EmailState == EmailDeliveryState.Sending)
                    && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
                .OrderBy(n => n.NextAttemptAt).Select(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
        }
        var sent = 0;
        await progress.ReportAsync(0, due.Count, "Sending the e-mails that are due", cancellationToken);
        foreach (var (id, index) in due.Select((id, index) => (id, index)))
        {
            if (await delivery.AttemptAsync(id, cancellationToken: cancellationToken) == EmailDeliveryState.Sent)
                sent++;
            await progress.ReportAsync(index + 1, due.Count, cancellationToken: cancellationToken);
        }
        if (due.Count > 0)
            logger.LogInformation("E-mail retry: {Due} due, {Sent} sent.", due.Count, sent);
        return sent;
    }
}
