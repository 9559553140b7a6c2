using CalJobsConsole.App.Features.Notifications;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>The SMTP transport (MailKit) against a fake server on a loopback port: the whole session, and the message as it arrived.</summary>
public sealed class SmtpMailTransportTests : NotificationTestBase
{
    [Fact]
    public async Task SendAsync_WhenCredentialsGoThroughSmtp_TheServerReceivesOneMessageToStaffAndRequestorWithTheSecret()
    {
        await using var server = new FakeSmtpServer();
        var transport = new SmtpMailTransport(Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None, TimeoutSeconds = 10 },
        }));

        await Sender(transport).SendAsync(Credentials(), Token);

        var message = MimeMessage.Load(new MemoryStream(await server.Message.Task.WaitAsync(TimeSpan.FromSeconds(10), Token)), Token);
        await server.Session.WaitAsync(TimeSpan.FromSeconds(10), Token);
        var commands = server.Commands.ToList();
        Assert.StartsWith("EHLO ", commands[0]);
        Assert.StartsWith("MAIL FROM:<console@caljobs.example.gov>", commands[1]);
        Assert.Equal(["RCPT TO:<jamie.nguyen@partner.example.org>", "RCPT TO:<riley.requestor@partner.example.org>"],
            commands.Where(c => c.StartsWith("RCPT")).Select(c => c.Split(' ', 3)[0] + " " + c.Split(' ', 3)[1]));
        Assert.Equal(["DATA", "QUIT"], commands.Skip(4));
        Assert.Equal(["jamie.nguyen@partner.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["riley.requestor@partner.example.org"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Contains($"Temporary password: {Secret}", message.TextBody);
        Assert.Contains($"Username: {Username}", message.TextBody);
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls, MailKit.Security.SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, MailKit.Security.SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.None, MailKit.Security.SecureSocketOptions.None)]
    public void SocketOptionsFor_WhenASecuritySetting_MapsToMailKitsOwn(SmtpSecurity security, MailKit.Security.SecureSocketOptions expected)
    {
        Assert.Equal(expected, SmtpMailTransport.SocketOptionsFor(security));
    }
}
