namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// What a notification must be before anything is stored or sent — checked on the caller's mistakes, which are
/// programming errors, so an <see cref="ArgumentException"/>. Its message names the kind only: the subject itself may hold the secret.
/// </summary>
public static class NotificationContract
{
    public static void Check(OutgoingNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Require(notification.Kind, nameof(notification.Kind), InAppMessage.MaxKindLength);
        Require(notification.Subject, nameof(notification.Subject), InAppMessage.MaxSubjectLength);
        Require(notification.Body, nameof(notification.Body), InAppMessage.MaxBodyLength);
        if (notification.To.Count + notification.Copy.Count == 0)
            throw new ArgumentException($"{notification.Kind}: the notification has no recipient.", nameof(notification));
        if (notification.Subject.Contains(OutgoingNotification.SecretPlaceholder, StringComparison.Ordinal))
            throw new ArgumentException($"{notification.Kind}: a secret never goes into the subject.", nameof(notification));
        var placeholder = notification.Body.Contains(OutgoingNotification.SecretPlaceholder, StringComparison.Ordinal);
        if (notification.Secret is null)
        {
            if (placeholder)
                throw new ArgumentException($"{notification.Kind}: the body has a place for a secret, but no secret was given.", nameof(notification));
            return;
        }
        if (string.IsNullOrWhiteSpace(notification.Secret))
            throw new ArgumentException($"{notification.Kind}: the secret is empty.", nameof(notification));
        if (!placeholder)
            throw new ArgumentException($"{notification.Kind}: a secret was given but the body has no {OutgoingNotification.SecretPlaceholder} to carry it.", nameof(notification));
        if (notification.Body.Contains(notification.Secret, StringComparison.Ordinal) || notification.Subject.Contains(notification.Secret, StringComparison.Ordinal))
            throw new ArgumentException($"{notification.Kind}: the secret is written in clear in the subject or body; it travels only in Secret.", nameof(notification));
    }

    private static void Require(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{name} is required.", name);
        if (value.Length > maxLength)
            throw new ArgumentException($"{name} must be at most {maxLength} characters.", name);
    }
}
