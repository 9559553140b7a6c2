using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>Carries one composed e-mail: SMTP, a pickup folder in Development, or nowhere.</summary>
public interface IMailTransport
{
    /// <summary>"SMTP mail.example.gov:587", "pickup folder /srv/data/mail-pickup", "none": for the startup log, never a secret.</summary>
    string Description { get; }

    /// <summary>False when e-mail is off: the sender then does not compose any.</summary>
    bool Delivers { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
