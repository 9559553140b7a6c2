using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// A notification as sent through <see cref="INotificationSender"/>: what was said (the body with the secret's placeholder,
/// never the secret), to whom, and where its e-mail stands — attempts, the last error (the exception's type and message,
/// never the body), the next attempt. A secret for the e-mail is kept only Data-Protection-encrypted, and only until the
/// e-mail is sent, gives up, expires (24 hours, CRD-1) or the password is used.
/// </summary>
public sealed class Notification : Entity
{
    public const int MaxErrorLength = 1000;

    private readonly List<NotificationAddressee> _recipients = [];

    private Notification()
    {
    }

    public string Kind { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>As composed, with the placeholder where the secret goes — never the secret itself.</summary>
    public string Body { get; private set; } = "";

    public Guid? AccountId { get; private set; }

    public Guid? RequestId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<NotificationAddressee> Recipients => _recipients.AsReadOnly();

    public EmailDeliveryState EmailState { get; private set; }

    /// <summary>How many attempts were claimed; a claim is a conditional update on this number, so two workers never send one e-mail twice.</summary>
    public int EmailAttempts { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed or why delivery gave up: an exception's type and message, never the body or a secret.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the e-mail is due (Pending, Failed), or when a Sending claim lapses.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The e-mail's secret encrypted with Data Protection; null when none, or once sent, given up, expired or used.</summary>
    public string? ProtectedSecret { get; private set; }

    public DateTimeOffset? SecretRemovedAt { get; private set; }

    /// <summary>The body has a place for a secret: the e-mail is never sent without it.</summary>
    public bool NeedsSecret => Body.Contains(OutgoingNotification.SecretPlaceholder, StringComparison.Ordinal);

    public static Notification Create(OutgoingNotification notification, string? protectedSecret, bool emailNeeded, DateTimeOffset now)
    {
        var stored = new Notification
        {
            Kind = notification.Kind,
            Subject = notification.Subject,
            Body = notification.Body,
            AccountId = notification.AccountId,
            RequestId = notification.RequestId,
            CreatedAt = now,
            EmailState = emailNeeded ? EmailDeliveryState.Pending : EmailDeliveryState.NotNeeded,
            NextAttemptAt = emailNeeded ? now : null,
            ProtectedSecret = emailNeeded ? protectedSecret : null,
        };
        stored._recipients.AddRange(notification.To.Select(r => new NotificationAddressee(r.Name, r.Email, r.UserId, isCopy: false)));
        stored._recipients.AddRange(notification.Copy.Select(r => new NotificationAddressee(r.Name, r.Email, r.UserId, isCopy: true)));
        return stored;
    }

    /// <summary>The secret may no longer be sent: the temporary password's 24 hours have passed (CRD-1).</summary>
    public bool SecretExpiredAt(DateTimeOffset now) => now >= CreatedAt + InAppMessage.SecretLifetime;

    /// <summary>The notification to compose the e-mail from, with the secret given back in clear for this one attempt.</summary>
    public OutgoingNotification ToOutgoing(string? secret) => new(Kind, Subject, Body,
        _recipients.Where(r => !r.IsCopy).Select(r => r.ToRecipient()).ToList(),
        _recipients.Where(r => r.IsCopy).Select(r => r.ToRecipient()).ToList(), AccountId, RequestId, secret);

    /// <summary>An exception as the outbox shows it: its type and message, cut to length, with the secret (if any slipped in) blanked.</summary>
    public static string Describe(Exception exception, string? secret = null)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (!string.IsNullOrEmpty(secret))
            text = text.Replace(secret, "[secret]", StringComparison.Ordinal);
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    /// <summary>Never the body or the secret: safe for logs.</summary>
    public override string ToString() => $"{Kind}: {Subject} ({Id})";
}
