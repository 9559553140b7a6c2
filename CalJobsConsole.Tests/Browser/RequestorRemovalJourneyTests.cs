using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 18, REQ-2: a requestor has a request form open when Golden Sierra's administrator ends their registration on
/// /requestors. Their next click is refused at once (SCO-1: the role went with the last registration), and, the role being their
/// last, their session is over: the page they reload asks them to sign in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestorRemovalJourneyTests(BrowserFixture browser)
{
    private const string Password = "Removed!Password2026";

    [Fact]
    public async Task RemovedRequestor_WithARequestFormOpen_IsRefusedAtTheNextClickAndSignedOut()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Rae Removed{suffix}";
        var username = $"rae.removed.{suffix}";
        await AddRequestorForAuburnAsync(username, name);

        await browser.RunAsync("/Account/Login", async requestor =>
        {
            await Journeys.SignInAsync(requestor, username, Password, requestor.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
            await Journeys.OpenFromNavigationAsync(requestor, "New request", "New access request");
            var main = requestor.Page.Locator("main");
            await main.GetByLabel("Staff member's full name").FillAsync($"Noel Never{suffix}");
            await main.GetByLabel("Staff member's e-mail").FillAsync($"noel.{suffix}@placer.example.gov");
            await main.GetByText("Non-EDD staff (signs Attachment E-1)").ClickAsync();
            await Journeys.ChooseAsync(requestor, "Office", "Auburn AJCC");
            await Journeys.ChooseAsync(requestor, "Privilege group requested", "LWIA/CBO Staff");
            var tenDaysAgo = Journeys.Iso(Journeys.Today().AddDays(-10));
            await Journeys.FillDateAsync(main.GetByLabel("Most recent ISPA training date"), tenDaysAgo);
            await Journeys.FillDateAsync(main.GetByLabel("DE 7410 / Attachment E-1 date (signed or refused)"), tenDaysAgo);
            await Journeys.FillContactsAsync(main);
            await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
            await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
            await Journeys.SignAsOwnNameAsync(main);

            await browser.RunAsync("/Account/Login", async admin =>
            {
                await Journeys.SignInAsync(admin, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
                await Journeys.OpenFromNavigationAsync(admin, "Requestors", "Requestors");
                await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"End registration: {name}" }).ClickAsync();
                await Expect(admin.Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync($"{name}'s registration has ended");
                await admin.AssertAccessibleAsync();
            });

            await main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
            await Expect(main.GetByRole(AriaRole.Alert).First).ToContainTextAsync("SCO-1");
            await requestor.AssertAccessibleAsync();

            await requestor.GotoAsync("/requests");
            await Expect(requestor.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        });
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AccessRequests.AnyAsync(r => r.Form.Staff.FullName == $"Noel Never{suffix}"));
    }

    /// <summary>A requestor with a password, registered for Auburn AJCC in Golden Sierra by the Operations Unit.</summary>
    private async Task AddRequestorForAuburnAsync(string username, string name)
    {
        using var scope = browser.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = new ConsoleUser { UserName = username, Email = $"{username}@placer.example.gov", FullName = name, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, ConsoleRoles.Requestor)).Succeeded);
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var area = await db.Areas.SingleAsync(a => a.Name == "Golden Sierra");
        var office = await db.Offices.SingleAsync(o => o.Name == "Auburn AJCC");
        var opsId = await db.Users.Where(u => u.UserName == DemoSignIns.OperationsUnit).Select(u => u.Id).SingleAsync();
        db.RequestorRegistrations.Add(RequestorRegistration.Register(area, office, user.Id, opsId, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
