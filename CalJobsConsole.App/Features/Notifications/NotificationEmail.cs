using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// The e-mail for a notification: To and Cc from the recipients with an address, the body with the secret written in
/// place of its placeholder — the only place the secret is ever in clear — as plain text.
/// </summary>
public static class NotificationEmail
{
    /// <summary>The MIME message, or null when no recipient has a usable address.</summary>
    public static MimeMessage? Compose(OutgoingNotification notification, MailOptions options, DateTimeOffset date)
    {
        var to = Mailboxes(notification.To).DistinctBy(Key).ToList();
        var copy = Mailboxes(notification.Copy).DistinctBy(Key).Where(c => to.All(t => Key(t) != Key(c))).ToList();
        if (to.Count == 0 && copy.Count == 0)
            return null;
        var message = new MimeMessage { Subject = notification.Subject, Date = date };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.AddRange(to);
        message.Cc.AddRange(copy);
        message.Headers.Add("X-CalJobs-Kind", notification.Kind);
        message.Body = new TextPart("plain") { Text = BodyWithSecret(notification) };
        return message;
    }

    /// <summary>The recipients whose address parses; one that does not is left out (the sender counts and logs it, without the address).</summary>
    public static IEnumerable<MailboxAddress> Mailboxes(IEnumerable<NotificationRecipient> recipients)
    {
        foreach (var recipient in recipients)
        {
            if (string.IsNullOrWhiteSpace(recipient.Email) || !MailboxAddress.TryParse(recipient.Email.Trim(), out var mailbox))
                continue;
            mailbox.Name = recipient.Name;
            yield return mailbox;
        }
    }

    private static string BodyWithSecret(OutgoingNotification notification) =>
        notification.Secret is { } secret ? notification.Body.Replace(OutgoingNotification.SecretPlaceholder, secret, StringComparison.Ordinal) : notification.Body;

    /// <summary>An address once: addressed wins over copied.</summary>
    public static string Key(MailboxAddress mailbox) => mailbox.Address.ToLowerInvariant();
}
