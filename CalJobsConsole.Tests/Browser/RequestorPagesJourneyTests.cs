using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The requestor's pages in Chromium on the demo data: landing, the request form and My requests pass axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestorPagesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Requestor_WhenOpeningTheRequestPages_TheyRenderAndPassAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.Requestor);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));

            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "New request", Exact = true }).ClickAsync(),
                page.Page.Locator("h1"));
            await Expect(page.Page.Locator("main")).ToContainTextAsync("Attachment 3");
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "My requests", Exact = true }).ClickAsync(),
                page.Page.Locator("h1"));
            await Expect(page.Page.Locator("main")).ToContainTextAsync("Returned");
        });
}
