using CalJobsConsole.App.Data;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>Someone a message goes to: a console user (in-app) and/or an e-mail address.</summary>
public sealed record NotificationRecipient(string Name, string? Email, Guid? UserId);

/// <summary>
/// One message to send. <see cref="Body"/> may hold the placeholder <see cref="SecretPlaceholder"/> where a secret
/// (a temporary password, CRD-1) goes: the secret travels separately, is written in clear only into the delivered
/// message, and is kept encrypted at rest (Data Protection) only until delivered or expired.
/// </summary>
public sealed record OutgoingNotification(
    string Kind,
    string Subject,
    string Body,
    IReadOnlyList<NotificationRecipient> To,
    IReadOnlyList<NotificationRecipient> Copy,
    Guid? AccountId = null,
    Guid? RequestId = null,
    string? Secret = null)
{
    public const string SecretPlaceholder = "{{secret}}";

    /// <summary>Never the secret: safe for logs and exceptions.</summary>
    public override string ToString() => $"{Kind}: {Subject}";
}

/// <summary>
/// The one way the console sends a message: every message to the in-app inbox of each recipient who is a console
/// user, and by e-mail (SMTP when configured; in Development, .eml files in a pickup folder) to each address.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken = default);

    /// <summary>Removes every kept secret of the account's messages (its temporary password was used or expired).</summary>
    Task RemoveSecretsAsync(Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a job that tells many people in one go: adds the notification and its in-app messages to <paramref name="db"/>
    /// without saving, so they are stored by the caller's save together with what the caller records (all of it, or none).
    /// Returns the stored notification's id when its e-mail is to be attempted once that save is done
    /// (<see cref="DeliverStagedAsync"/>), null when no e-mail is needed.
    /// </summary>
    Guid? Stage(ConsoleDbContext db, OutgoingNotification notification);

    /// <summary>
    /// Attempts the e-mails of notifications staged and saved. One that fails stays stored as failed and is retried; one not
    /// attempted (cancelled) stays pending and the retry job sends it.
    /// </summary>
    Task DeliverStagedAsync(IReadOnlyList<Guid> notificationIds, CancellationToken cancellationToken = default);
}

public static class NotificationSenderExtensions
{
    /// <summary>
    /// For a change already saved: sends <paramref name="notification"/> (nothing when it has no addressee), and logs — never
    /// throws — a message that cannot go, since the screens show the saved state either way.
    /// </summary>
    public static async Task SendAfterSaveAsync(this INotificationSender sender, OutgoingNotification notification, ILogger logger,
        CancellationToken cancellationToken = default)
    {
        if (notification.To.Count == 0)
            return;
        try
        {
            await sender.SendAsync(notification, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Notification {Notification} was not sent.", notification.ToString());
        }
    }
}
