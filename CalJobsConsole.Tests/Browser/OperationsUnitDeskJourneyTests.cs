using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The Operations Unit's desk in Chromium on the demo data: every page it reaches from the navigation renders
/// and passes axe-core (WCAG 2.0/2.1 A and AA).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationsUnitDeskJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_WhenWalkingItsDesk_EveryPageRendersAndPassesAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            await Expect(page.Page.GetByTestId("signed-in-user")).ToContainTextAsync("Statewide");

            await Visit(page, "All areas", "All areas");
            await Visit(page, "Areas admin", null);
            await Visit(page, "Privilege groups", null);
            await Expect(page.Page.Locator("main")).ToContainTextAsync("LWIA/CBO Staff");
            await Visit(page, "Suspensions", null);
            await Visit(page, "Directory", null);
            await Expect(page.Page.Locator("main")).ToContainTextAsync("Golden Sierra");
        });

    private static async Task Visit(BrowserPage page, string link, string? heading)
    {
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = heading ?? link, Level = 1 }).Or(page.Page.Locator("h1")).First);
    }
}
