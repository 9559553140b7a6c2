using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The MIS Administrator's inbox in Chromium on the demo data: the list and a request's detail pass axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministratorInboxJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task MisAdministrator_WhenOpeningTheInboxAndARequest_SeesTheEligibilityAndPassesAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.MisAdministrator);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));

            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));
            var firstRequest = page.Page.Locator("main tr.inbox-line a").First; // not the documentation requests above the list
            await Expect(firstRequest).ToBeVisibleAsync();

            await page.NavigateAsync(() => firstRequest.ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));
            await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToBeVisibleAsync();
        });
}
