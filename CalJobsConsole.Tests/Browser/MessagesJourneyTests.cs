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
