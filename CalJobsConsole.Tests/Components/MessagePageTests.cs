using Bunit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Components;

/// <summary>The message page shows a kept temporary password once, in place of its placeholder; a reload finds it removed.</summary>
public class MessagePageTests : ComponentTestContext
{
    private const string Secret = "Tmp#Pw-7Qx9!kLm2Zr";
    private Guid _staffId;
    private Guid _otherId;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _staffId = await SignedIn.AddUserAsync(Database, "Jamie Nguyen", ConsoleRoles.Staff);
        _otherId = await SignedIn.AddUserAsync(Database, "Olivia Other", ConsoleRoles.Requestor);
    }

    [Fact]
    public async Task Render_WhenTheStaffMemberOpensTheirCredentials_ShowsThePasswordOnceAndARenderAfterReloadShowsItRemoved()
    {
        SignInAs(_staffId);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var id = await SendCredentialsAsync();

        var page = Render<MessagePage>(p => p.Add(x => x.MessageId, id));

        page.WaitForAssertion(() => Assert.Equal(Secret, page.Find("#message-secret").TextContent));
        Assert.Contains("Shown once: it has now been removed from the console", page.Find("#secret-shown-once").TextContent);
        Assert.Contains("Username: jamie.nguyen", page.Find(".message-body").TextContent);
        Assert.Equal("Your new CalJOBS staff account", page.Find("h1").TextContent.Trim());
        // The same view re-rendered keeps what the user is reading; it does not open the message again.
        page.Render();
        Assert.Equal(Secret, page.Find("#message-secret").TextContent);

        var reloaded = Render<MessagePage>(p => p.Add(x => x.MessageId, id));

        reloaded.WaitForAssertion(() => Assert.Contains(MessageView.RemovedText, reloaded.Find(".message-secret-removed").TextContent));
        Assert.Empty(reloaded.FindAll("#message-secret"));
        Assert.Empty(reloaded.FindAll("#secret-shown-once"));
        Assert.DoesNotContain(Secret, reloaded.Markup);
    }

    [Fact]
    public async Task Render_WhenPrerendered_DoesNotOpenTheMessageSoTheInteractiveRenderStillShowsThePassword()
    {
        SignInAs(_staffId);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var id = await SendCredentialsAsync();

        var page = Render<MessagePage>(p => p.Add(x => x.MessageId, id));

        Assert.Contains("Opening the message", page.Markup);
        Assert.DoesNotContain(Secret, page.Markup);
        await using var db = Database.CreateDbContext();
        var stored = await db.InAppMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.NotNull(stored.ProtectedSecret);
        Assert.Null(stored.ReadAt);
    }

    [Fact]
    public async Task Render_WhenTheMessageIsAnotherUsers_ShowsTheSco1RefusalAndNothingOfIt()
    {
        SignInAs(_otherId);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var id = await SendCredentialsAsync();

        var page = Render<MessagePage>(p => p.Add(x => x.MessageId, id));

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find("[role=alert]").TextContent));
        Assert.DoesNotContain(Secret, page.Markup);
        Assert.DoesNotContain("jamie.nguyen", page.Markup);
        Assert.DoesNotContain("Your new CalJOBS staff account", page.Markup);
    }

    [Fact]
    public async Task MessagesPage_WhenTheUserHasAnUnreadMessage_ListsItMarkedUnreadWithALinkToIt()
    {
        SignInAs(_staffId);
        var id = await SendCredentialsAsync();

        var page = Render<MessagesPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.message-unread")));
        Assert.Equal($"messages/{id}", page.Find("tr.message-unread a").GetAttribute("href"));
        Assert.Contains("Unread", page.Find("tr.message-unread").TextContent);
        Assert.Contains("Holds a temporary password", page.Find("tr.message-unread").TextContent);
        Assert.All(page.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    private async Task<Guid> SendCredentialsAsync()
    {
        var protector = Services.GetRequiredService<SecretProtector>();
        var delivery = new NotificationEmailDelivery(Database, protector, new NoMailTransport(), Options.Create(new MailOptions()), Clock.Business,
            new RecordingJobClient(), NullLogger<NotificationEmailDelivery>.Instance);
        var sender = new NotificationSender(Database, protector, new NoMailTransport(), delivery, Clock.Business, NullLogger<NotificationSender>.Instance);
        await sender.SendAsync(CredentialMessage.For("jamie.nguyen", new NotificationRecipient("Jamie Nguyen", null, _staffId),
            new NotificationRecipient("Riley Requestor", null, null), Secret, Clock.UtcNow, TestClock.Pacific, Guid.NewGuid()), Token);
        await using var db = Database.CreateDbContext();
        return await db.InAppMessages.Where(m => m.RecipientId == _staffId).Select(m => m.Id).SingleAsync(Token);
    }
}
