using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Delivers a notification: stores it (<see cref="Notification"/>, with its recipients) together with an in-app message for
/// each recipient who is a console user in one save — the body with its placeholder, the secret kept only encrypted — then
/// attempts the e-mail to every address at once (<see cref="NotificationEmailDelivery"/>). A failed e-mail stays stored as
/// failed with its error and is retried by Hangfire, so the caller's work never fails for it: once stored, nothing is lost.
/// Logs name the notification by <see cref="OutgoingNotification.ToString"/> and counts — never the body, the secret or an address.
/// </summary>
public sealed class NotificationSender(IDbContextFactory<ConsoleDbContext> contexts, SecretProtector secrets, IMailTransport mail,
    NotificationEmailDelivery delivery, BusinessClock clock, ILogger<NotificationSender> logger) : INotificationSender
{
    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken = default)
    {
        NotificationContract.Check(notification);
        var (stored, inApp) = await StoreAsync(notification, cancellationToken);
        var email = stored.EmailState == EmailDeliveryState.Pending
            ? await TryAttemptAsync(stored.Id, cancellationToken)
            : stored.EmailState;
        if (inApp == 0 && email is EmailDeliveryState.NotNeeded or EmailDeliveryState.GaveUp)
            logger.LogWarning("Notification {Notification} reached nobody: no recipient is a console user and no e-mail went out ({State}).",
                notification.ToString(), email);
        logger.LogInformation("Notification {Notification}: {InApp} in-app message(s), e-mail {State}.", notification.ToString(), inApp, email);
    }

    public async Task RemoveSecretsAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: a message opened at the same moment either showed its secret first or finds it gone.
        var removed = await db.InAppMessages.Where(m => m.AccountId == accountId && m.ProtectedSecret != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProtectedSecret, (string?)null).SetProperty(m => m.SecretRemovedAt, now), cancellationToken);
        // An e-mail still waiting for its password is never sent without it: it gives up, with the reason for the outbox.
        var gaveUp = await db.Notifications
            .Where(n => n.AccountId == accountId && n.ProtectedSecret != null && (n.EmailState == EmailDeliveryState.Pending || n.EmailState == EmailDeliveryState.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, EmailDeliveryState.GaveUp).SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(n => n.LastError, NotificationEmailDelivery.SecretGoneReason), cancellationToken);
        removed += await db.Notifications.Where(n => n.AccountId == accountId && n.ProtectedSecret != null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ProtectedSecret, (string?)null).SetProperty(n => n.SecretRemovedAt, now), cancellationToken);
        if (removed > 0)
            logger.LogInformation("Removed the kept secret of {Count} message(s) and e-mail(s) of account {AccountId}; {GaveUp} pending e-mail(s) gave up.",
                removed, accountId, gaveUp);
    }

    public Guid? Stage(ConsoleDbContext db, OutgoingNotification notification)
    {
        NotificationContract.Check(notification);
        var (stored, _) = Add(db, notification);
        return stored.EmailState == EmailDeliveryState.Pending ? stored.Id : null;
    }

    public async Task DeliverStagedAsync(IReadOnlyList<Guid> notificationIds, CancellationToken cancellationToken = default)
    {
        foreach (var id in notificationIds)
            await TryAttemptAsync(id, cancellationToken);
    }

    /// <summary>
    /// The first attempt at a saved notification's e-mail. The notification is stored already: an attempt that could not even be
    /// recorded (the database busy, say) leaves the e-mail pending (or claimed until its lease lapses) for the retry job, and
    /// the caller's saved work stands — it is never reported as failed.
    /// </summary>
    private async Task<EmailDeliveryState> TryAttemptAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.AttemptAsync(notificationId, cancellationToken: cancellationToken) ?? EmailDeliveryState.Pending;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Notification {NotificationId}: the e-mail attempt after the save failed ({Error}); the retry job sends it.",
                notificationId, ex.GetType().Name);
            return EmailDeliveryState.Pending;
        }
    }

    private async Task<(Notification Stored, int InApp)> StoreAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var added = Add(db, notification);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The notification and an in-app message for each recipient who is a console user, added to <paramref name="db"/> (not saved).</summary>
    private (Notification Stored, int InApp) Add(ConsoleDbContext db, OutgoingNotification notification)
    {
        // Addressed first: someone both addressed and copied gets one message, as addressee.
        var recipients = notification.To.Select(r => (r.UserId, IsCopy: false)).Concat(notification.Copy.Select(r => (r.UserId, IsCopy: true)))
            .Where(r => r.UserId is { } id && id != Guid.Empty)
            .DistinctBy(r => r.UserId)
            .ToList();
        var emailNeeded = mail.Delivers && notification.To.Concat(notification.Copy).Any(r => !string.IsNullOrWhiteSpace(r.Email));
        if (!mail.Delivers)
            logger.LogDebug("Notification {Notification}: e-mail is off; in-app only.", notification.ToString());
        var now = clock.UtcNow;
        var stored = Notification.Create(notification, Protect(notification.Secret), emailNeeded, now);
        db.Notifications.Add(stored);
        foreach (var (userId, isCopy) in recipients)
            db.InAppMessages.Add(InAppMessage.Create(userId!.Value, notification, isCopy, Protect(notification.Secret), now, stored.Id));
        return (stored, recipients.Count);
    }

    private string? Protect(string? secret) => secret is null ? null : secrets.Protect(secret);
}
