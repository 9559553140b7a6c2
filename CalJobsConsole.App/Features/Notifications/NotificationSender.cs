using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Delivers a notification: an in-app message for each recipient who is a console user (the secret kept only encrypted,
/// the body with its placeholder), then one e-mail to every address (To, Cc), the secret written in clear only into it.
/// The in-app messages are saved first and stay even when the e-mail fails: the failure is logged and not thrown, unless
/// nobody got the notification at all. Logs name the notification by <see cref="OutgoingNotification.ToString"/> and
/// counts — never the body, the secret or an address.
/// </summary>
public sealed class NotificationSender(IDbContextFactory<ConsoleDbContext> contexts, SecretProtector secrets, IMailTransport mail,
    IOptions<MailOptions> options, BusinessClock clock, ILogger<NotificationSender> logger) : INotificationSender
{
    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken = default)
    {
        NotificationContract.Check(notification);
        var inApp = await StoreInAppAsync(notification, cancellationToken);
        var emailed = await EmailAsync(notification, delivered: inApp > 0, cancellationToken);
        logger.LogInformation("Notification {Notification}: {InApp} in-app message(s), e-mail to {Emailed} address(es).",
            notification.ToString(), inApp, emailed);
    }

    public async Task RemoveSecretsAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: a message opened at the same moment either showed its secret first or finds it gone.
        var removed = await db.InAppMessages.Where(m => m.AccountId == accountId && m.ProtectedSecret != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProtectedSecret, (string?)null).SetProperty(m => m.SecretRemovedAt, now), cancellationToken);
        if (removed > 0)
            logger.LogInformation("Removed the kept secret of {Count} message(s) of account {AccountId}.", removed, accountId);
    }

    private async Task<int> StoreInAppAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        // Addressed first: someone both addressed and copied gets one message, as addressee.
        var recipients = notification.To.Select(r => (r.UserId, IsCopy: false)).Concat(notification.Copy.Select(r => (r.UserId, IsCopy: true)))
            .Where(r => r.UserId is { } id && id != Guid.Empty)
            .DistinctBy(r => r.UserId)
            .ToList();
        if (recipients.Count == 0)
            return 0;
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var (userId, isCopy) in recipients)
        {
            var protectedSecret = notification.Secret is { } secret ? secrets.Protect(secret) : null;
            db.InAppMessages.Add(InAppMessage.Create(userId!.Value, notification, isCopy, protectedSecret, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return recipients.Count;
    }

    private async Task<int> EmailAsync(OutgoingNotification notification, bool delivered, CancellationToken cancellationToken)
    {
        var withAddress = notification.To.Concat(notification.Copy).Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .Select(r => r.Email!.Trim().ToLowerInvariant()).Distinct().Count();
        if (withAddress == 0)
            return 0;
        if (!mail.Delivers)
        {
            logger.LogDebug("Notification {Notification}: e-mail is off; in-app only.", notification.ToString());
            return 0;
        }
        var message = NotificationEmail.Compose(notification, options.Value, clock.UtcNow);
        var addresses = message is null ? 0 : message.To.Count + message.Cc.Count;
        if (addresses < withAddress)
            logger.LogWarning("Notification {Notification}: {Count} recipient address(es) could not be read and were left out.",
                notification.ToString(), withAddress - addresses);
        if (message is null)
            return 0;
        try
        {
            await mail.SendAsync(message, cancellationToken);
            return addresses;
        }
        catch (Exception ex) when (delivered && ex is not OperationCanceledException)
        {
            // The in-app messages are saved and hold what the e-mail would have; the caller's work (an account created) stands.
            logger.LogError("Notification {Notification}: e-mail through {Transport} failed ({Error}: {Reason}); the in-app messages were delivered.",
                notification.ToString(), mail.Description, ex.GetType().Name, ex.Message);
            return 0;
        }
    }
}
