using Microsoft.EntityFrameworkCore;
using Bunit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The app bar's bell: the unread count in the badge and in the button's name, the latest messages, a fresh count after reading.</summary>
public class MessageBellTests : ComponentTestContext
{
    private Guid _staffId;
    private readonly List<Guid> _messages = [];

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _staffId = await SignedIn.AddUserAsync(Database, "Jamie Nguyen", ConsoleRoles.Staff);
        await using var db = Database.CreateDbContext();
        foreach (var subject in new[] { "Renewal due in 30 days", "Renewal due in 14 days", "Renewal due in 7 days" })
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            var message = InAppMessage.Create(_staffId, new OutgoingNotification("reminder.renewal", subject, "Renew your account.",
                [new NotificationRecipient("Jamie Nguyen", null, _staffId)], []), isCopy: false, protectedSecret: null, Clock.UtcNow);
            if (subject.Contains("30"))
                message.MarkRead(Clock.UtcNow);
            db.InAppMessages.Add(message);
            _messages.Add(message.Id);
        }
        await db.SaveChangesAsync(Token);
        SignInAs(_staffId);
    }

    [Fact]
    public async Task Render_WhenTheUserHasUnreadMessages_ShowsTheCountInTheBadgeAndTheButtonsName()
    {
        var bell = await RenderBellAsync();

        var button = bell.Find("button");
        Assert.Equal("Messages, 2 unread", button.GetAttribute("aria-label"));
        Assert.Equal("2", bell.Find(".mud-badge").TextContent.Trim());
        Assert.Equal("2", bell.Find("[data-testid=message-bell]").GetAttribute("data-unread"));
    }

    [Fact]
    public async Task Click_OpensTheLatestMessagesNewestFirstWithLinksAndAllMessages()
    {
        var popovers = Render<MudPopoverProvider>();
        var bell = await RenderBellAsync();

        await bell.Find("button").ClickAsync(new());

        popovers.WaitForAssertion(() => Assert.Contains("2 unread messages", popovers.Markup));
        var links = popovers.FindAll("a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal([
            ($"messages/{_messages[2]}", "Renewal due in 7 days (unread)"),
            ($"messages/{_messages[1]}", "Renewal due in 14 days (unread)"),
            ($"messages/{_messages[0]}", "Renewal due in 30 days"),
            ("messages", "All messages"),
        ], links);
    }

    [Fact]
    public async Task OpenAsync_WhenTheUserReadsAMessage_TheBellCountsOneFewerAtOnceAndTellsTheNavigation()
    {
        var told = new List<int>();
        var bell = await RenderBellAsync(told);

        await bell.InvokeAsync(() => Services.GetRequiredService<MessageService>().OpenAsync(_messages[2], Token));

        bell.WaitForAssertion(() => Assert.Equal("Messages, 1 unread", bell.Find("button").GetAttribute("aria-label")));
        Assert.Equal([2, 1], told);
    }

    [Fact]
    public async Task Navigation_WhenAMessageArrivedMeanwhile_TheCountIsReadAgain()
    {
        var bell = await RenderBellAsync();
        await using (var db = Database.CreateDbContext())
        {
            db.InAppMessages.Add(InAppMessage.Create(_staffId, new OutgoingNotification("reminder.renewal", "Renewal due in 1 day", "Renew now.",
                [new NotificationRecipient("Jamie Nguyen", null, _staffId)], []), isCopy: false, protectedSecret: null, Clock.UtcNow));
            await db.SaveChangesAsync(Token);
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("my-account");

        bell.WaitForAssertion(() => Assert.Equal("Messages, 3 unread", bell.Find("button").GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Dispose_UnsubscribesFromNavigationAndReading()
    {
        var told = new List<int>();
        var bell = await RenderBellAsync(told);

        await DisposeComponentsAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo("my-account");
        Services.GetRequiredService<UnreadMessages>().NotifyChanged();

        Assert.Equal([2], told);
    }

    private async Task<IRenderedComponent<MessageBell>> RenderBellAsync(List<int>? told = null)
    {
        var scope = await Services.GetRequiredService<ScopeService>().CurrentAsync(Token);
        int unread;
        await using (var db = Database.CreateDbContext())
            unread = await db.InAppMessages.CountAsync(m => m.RecipientId == _staffId && m.ReadAt == null, Token);
        var bell = Render<MessageBell>(p => p.Add(x => x.Scope, scope!).Add(x => x.CountChanged, (int count) => told?.Add(count)));
        // The count is read after the first render: wait for it (on SQLite it is there at once; on PostgreSQL the read is truly asynchronous).
        bell.WaitForAssertion(() => Assert.Equal(unread.ToString(), bell.Find("[data-testid=message-bell]").GetAttribute("data-unread")));
        return bell;
    }
}
