using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// A staff member's credentials message in Chromium: the full page load (prerendered, then interactive) shows the
/// temporary password once; loading it again shows it removed. Every page passes axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessagesJourneyTests(BrowserFixture browser)
{
    private const string Secret = "Brw#Tmp-4Kq8!zXv3Lp";

    [Fact]
    public Task Staff_WhenOpeningTheirCredentialsMessage_SeeThePasswordOnceThenRemoved() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var messageId = await SendCredentialsToStaffAsync();
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.Staff);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), page.Page.Locator("h1"));

            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Messages (1 unread)" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Messages" }));
            await Expect(page.Page.Locator("tr.message-unread")).ToContainTextAsync("Your new CalJOBS staff account");

            // A full load: prerendered first, then interactive. Only the interactive render opens the message.
            await page.GotoAsync($"/messages/{messageId}");
            await Expect(page.Page.Locator("#message-secret")).ToHaveTextAsync(Secret);
            await Expect(page.Page.Locator("#secret-shown-once")).ToContainTextAsync("Shown once");

            await page.GotoAsync($"/messages/{messageId}");
            await Expect(page.Page.Locator(".message-secret-removed")).ToHaveTextAsync(MessageView.RemovedText);
            await Expect(page.Page.Locator("main")).Not.ToContainTextAsync(Secret);
        });

    [Fact]
    public Task Requestor_WhenUsingTheBell_SeeTheUnreadCountOpenTheListAndTheCountDropsAfterReading() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            // Another user than the staff member above: the browser tests share one App and its database.
            var (messageId, unread) = await SendReminderAsync("requestor.quinn");
            await page.Page.GetByLabel("Username").FillAsync("requestor.quinn");
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), page.Page.Locator("h1"));

            var bell = page.Page.GetByRole(AriaRole.Button, new() { Name = $"Messages, {unread} unread" });
            await Expect(bell).ToBeVisibleAsync();
            await Expect(page.Page.Locator("[data-testid=message-bell] .mud-badge")).ToHaveTextAsync(unread.ToString());
            await bell.ClickAsync();
            var item = page.Page.Locator($"a[href='messages/{messageId}']");
            await Expect(item).ToContainTextAsync("Renewal due in 7 days (unread)");
            await Expect(page.Page.Locator(".message-bell-list a[href='messages']")).ToContainTextAsync("All messages");
            await page.AssertAccessibleAsync();

            await page.NavigateAsync(() => item.ClickAsync(), page.Page.GetByRole(AriaRole.Heading, new() { Name = "Renewal due in 7 days" }));
            var after = unread == 1 ? "Messages, none unread" : $"Messages, {unread - 1} unread";
            await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = after })).ToBeVisibleAsync();
        });

    [Fact]
    public Task OperationsUnit_OpensTheOutboxFromTheNavigation() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), page.Page.Locator("h1"));

            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Outbox" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Outbox" }));
            await Expect(page.Page.Locator("#outbox-count")).ToContainTextAsync("notification(s)");
        });

    /// <summary>Sends the user a reminder and returns its message's id and how many of their messages are then unread.</summary>
    private async Task<(Guid MessageId, int Unread)> SendReminderAsync(string username)
    {
        var contexts = browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == username);
        await using (var scope = browser.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<INotificationSender>().SendAsync(new OutgoingNotification("reminder.renewal",
                "Renewal due in 7 days", "A renewal is due in 7 days.", [new NotificationRecipient(user.FullName, null, user.Id)], []));
        var id = await db.InAppMessages.Where(m => m.RecipientId == user.Id).OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
        return (id, await db.InAppMessages.CountAsync(m => m.RecipientId == user.Id && m.ReadAt == null));
    }

    private async Task<Guid> SendCredentialsToStaffAsync()
    {
        var contexts = browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var staff = await db.Users.SingleAsync(u => u.UserName == DemoSignIns.Staff);
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
            var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
            await sender.SendAsync(CredentialMessage.For(DemoSignIns.Staff, new NotificationRecipient(staff.FullName, staff.Email, staff.Id),
                new NotificationRecipient("Riley Requestor", null, null), Secret, clock.UtcNow, clock.Zone, Guid.NewGuid()));
        }
        return await db.InAppMessages.Where(m => m.RecipientId == staff.Id).Select(m => m.Id).SingleAsync();
    }
}
