using System.Net;
using System.Net.Sockets;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>
/// Issue 21 item 7: the SMTP server down, through the console's real SMTP transport (MailKit). Nothing listens on the relay's
/// port: the act that sent the message succeeds, the e-mail stays stored — failed, its error recorded, never marked sent —
/// and the retry job keeps it while the relay stays down. When a server answers on that port again, the next run delivers it
/// exactly once, and a further run sends nothing.
/// </summary>
public sealed class SmtpDownTests : NotificationTestBase
{
    [Fact]
    public async Task Email_WhenTheSmtpServerIsDown_StaysStoredWithItsErrorAndIsDeliveredOnceWhenItReturns()
    {
        var port = FreePort();
        var smtp = new SmtpMailTransport(Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, TimeoutSeconds = 5 },
        }));

        await Sender(smtp).SendAsync(Credentials(), Token);

        var down = await StoredAsync();
        Assert.Equal((EmailDeliveryState.Failed, 1), (down.EmailState, down.EmailAttempts));
        Assert.Null(down.SentAt);
        Assert.StartsWith("SocketException", down.LastError);
        Assert.NotNull(down.ProtectedSecret); // kept (encrypted) for the retry, within its 24 hours
        await using (var db = Database.CreateDbContext())
            Assert.Equal(2, await db.InAppMessages.CountAsync(m => m.NotificationId == down.Id, Token)); // the in-app messages are there regardless

        // Still down at the next run: another failure recorded, still not sent, still kept.
        Clock.Advance(MailSettings.RetryDelayAfter(1));
        Assert.Equal(0, await RetryJob(smtp).RunAsync(JobProgress.None, Token));
        var stillDown = await StoredAsync();
        Assert.Equal((EmailDeliveryState.Failed, 2, (DateTimeOffset?)null), (stillDown.EmailState, stillDown.EmailAttempts, stillDown.SentAt));
        Assert.StartsWith("SocketException", stillDown.LastError);

        // The relay is back on its port: the next run delivers the e-mail, once.
        await using var server = new FakeSmtpServer(port);
        Clock.Advance(MailSettings.RetryDelayAfter(2));
        Assert.Equal(1, await RetryJob(smtp).RunAsync(JobProgress.None, Token));
        var message = MimeMessage.Load(new MemoryStream(await server.Message.Task.WaitAsync(TimeSpan.FromSeconds(10), Token)), Token);
        await server.Session.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(["jamie.nguyen@partner.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains($"Temporary password: {Secret}", message.TextBody);
        Assert.Single(server.Commands, c => c == "DATA");
        var sent = await StoredAsync();
        Assert.Equal((EmailDeliveryState.Sent, 3, (string?)null), (sent.EmailState, sent.EmailAttempts, sent.ProtectedSecret));
        Assert.Equal(Clock.UtcNow, sent.SentAt);

        // A further run, even much later, sends nothing more.
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await RetryJob(smtp).RunAsync(JobProgress.None, Token));
        Assert.Equal(3, (await StoredAsync()).EmailAttempts);
    }

    /// <summary>A loopback port nothing listens on (taken and released at once).</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private NotificationEmailRetryJob RetryJob(IMailTransport transport) =>
        new(Database, Delivery(transport), Clock.Business, Logs.For<NotificationEmailRetryJob>());

    private async Task<Notification> StoredAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Notifications.AsNoTracking().SingleAsync(Token);
    }
}
