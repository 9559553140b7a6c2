using Bunit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Features.Notifications;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The outbox page shows a failed e-mail's error and attempts to the Operations Unit; anyone else gets SCO-1 and no line.</summary>
public class OutboxPageTests : ComponentTestContext
{
    private Guid _opsId;
    private Guid _staffId;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _opsId = await SignedIn.AddUserAsync(Database, "Olivia Ortiz", ConsoleRoles.OperationsUnit);
        _staffId = await SignedIn.AddUserAsync(Database, "Jamie Nguyen", ConsoleRoles.Staff);
    }

    [Fact]
    public async Task Render_ForTheOperationsUnit_ShowsTheFailedEmailWithItsErrorAndRetryNow()
    {
        SignInAs(_opsId);
        await SendWithRelayDownAsync();
        Render<MudPopoverProvider>();

        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Contains("IOException: relay refused the connection", page.Find(".outbox-error").TextContent));
        Assert.Equal("Failed, will retry", page.Find(".outbox-state").TextContent.Trim());
        Assert.Contains("Retry now", page.Find("tbody button").TextContent);
        Assert.Contains("1 notification(s)", page.Find("#outbox-count").TextContent);
    }

    [Fact]
    public async Task Render_ForStaff_IsRefusedWithSco1AndShowsNoNotification()
    {
        SignInAs(_staffId);
        await SendWithRelayDownAsync();
        Render<MudPopoverProvider>();

        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=outbox]"));
        Assert.DoesNotContain("relay refused", page.Markup);
    }

    private async Task SendWithRelayDownAsync()
    {
        var protector = new SecretProtector(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        var relay = new ScriptedTransport(failures: 1);
        var delivery = new NotificationEmailDelivery(Database, protector, relay, Options.Create(new MailOptions()), Clock.Business, new RecordingJobClient(),
            NullLogger<NotificationEmailDelivery>.Instance);
        Services.AddScoped(_ => delivery);
        Services.AddScoped<OutboxService>();
        await new NotificationSender(Database, protector, relay, delivery, Clock.Business, NullLogger<NotificationSender>.Instance)
            .SendAsync(new OutgoingNotification("reminder.renewal", "Renewal due", "Renew your account.",
                [new NotificationRecipient("Jamie Nguyen", "jamie@example.org", _staffId)], []), Token);
    }
}
