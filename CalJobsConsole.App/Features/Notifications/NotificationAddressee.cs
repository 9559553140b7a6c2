namespace CalJobsConsole.App.Features.Notifications;

/// <summary>One recipient of a stored <see cref="Notification"/>, as it was addressed: kept so a retry mails the same people.</summary>
public sealed class NotificationAddressee
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 320;

    private NotificationAddressee()
    {
    }

    public NotificationAddressee(string name, string? email, Guid? userId, bool isCopy)
    {
        Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim() is var e && e.Length <= MaxEmailLength ? e : null;
        UserId = userId is { } id && id != Guid.Empty ? id : null;
        IsCopy = isCopy;
    }

    public string Name { get; private set; } = "";

    public string? Email { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>Copied (a requestor), not addressed.</summary>
    public bool IsCopy { get; private set; }

    public NotificationRecipient ToRecipient() => new(Name, Email, UserId);
}
