using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// One message in a console user's in-app inbox. The body keeps the placeholder <see cref="OutgoingNotification.SecretPlaceholder"/>;
/// a secret that goes with it (a temporary password, CRD-1) is kept only encrypted (Data Protection) in
/// <see cref="ProtectedSecret"/>, and only until it is shown to the recipient or removed because it was used or expired.
/// </summary>
public sealed class InAppMessage : Entity
{
    public const int MaxKindLength = 64;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 8000;

    /// <summary>How long a kept secret may be shown: a temporary password's 24 hours (CRD-1); after that it is only removed.</summary>
    public static readonly TimeSpan SecretLifetime = TemporaryCredential.Lifetime;

    private InAppMessage()
    {
    }

    public Guid RecipientId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>As composed, with the placeholder where the secret goes — never the secret itself.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The secret encrypted with Data Protection; null when the message never had one or once it was removed.</summary>
    public string? ProtectedSecret { get; private set; }

    public DateTimeOffset? SecretRemovedAt { get; private set; }

    public Guid? AccountId { get; private set; }

    public Guid? RequestId { get; private set; }

    /// <summary>The stored notification this message is the in-app copy of (null for messages from before notifications were stored).</summary>
    public Guid? NotificationId { get; private set; }

    /// <summary>The recipient was copied (a requestor), not addressed.</summary>
    public bool IsCopy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool HoldsSecret => ProtectedSecret is not null;

    public bool IsRead => ReadAt is not null;

    public static InAppMessage Create(Guid recipientId, OutgoingNotification notification, bool isCopy, string? protectedSecret, DateTimeOffset createdAt,
        Guid? notificationId = null)
    {
        if (recipientId == Guid.Empty)
            throw new ArgumentException("A message needs its recipient.", nameof(recipientId));
        return new InAppMessage
        {
            RecipientId = recipientId,
            Kind = notification.Kind,
            Subject = notification.Subject,
            Body = notification.Body,
            ProtectedSecret = protectedSecret,
            AccountId = notification.AccountId,
            RequestId = notification.RequestId,
            NotificationId = notificationId,
            IsCopy = isCopy,
            CreatedAt = createdAt,
        };
    }

    public bool SecretExpiredAt(DateTimeOffset now) => now >= CreatedAt + SecretLifetime;

    /// <summary>The first time the recipient opened it; later openings keep that time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>Drops the encrypted secret (shown, used or expired); does nothing when none is held.</summary>
    public void RemoveSecret(DateTimeOffset at)
    {
        if (ProtectedSecret is null)
            return;
        ProtectedSecret = null;
        SecretRemovedAt = at;
    }

    /// <summary>Never the body or the secret: safe for logs.</summary>
    public override string ToString() => $"{Kind}: {Subject} ({Id})";
}
