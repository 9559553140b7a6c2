using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>E-mail through the SMTP relay of <c>CalJobs:Mail:Smtp</c> (MailKit): one connection per message, which is plenty for this volume.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public string Description => $"SMTP {Smtp.Host}:{Smtp.Port} ({Smtp.Security})";

    public bool Delivers => true;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var host = Smtp.Host ?? throw new InvalidOperationException($"{MailOptions.Section}:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(Smtp.TimeoutSeconds).TotalMilliseconds };
        await client.ConnectAsync(host, Smtp.Port, SocketOptionsFor(Smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(Smtp.Username))
            await client.AuthenticateAsync(Smtp.Username, Smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static SecureSocketOptions SocketOptionsFor(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security."),
    };
}
