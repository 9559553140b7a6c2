using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// COM-1 in Chromium: the Operations Unit sees who a newsletter reaches before publishing it and finds it among the published
/// notices with its per-area rates; a SPOC opens the demo Blue Notice and records relaying it to their staff. Every page and
/// dialog passes axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_PublishesANewsletterAfterSeeingItsAudience() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var title = $"Updates Newsletter {Guid.NewGuid():N}"[..30];
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, DemoSignIns.Password, page.Page.Locator("h1"));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Published notices" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Published notices", Level = 1 }));
            await Expect(page.Page.Locator(".notice-rates table").First).ToBeVisibleAsync();

            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Link, new() { Name = "Publish a notice" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Publish a notice" }));
            await page.Page.GetByRole(AriaRole.Radio, new() { Name = "EDD CalJOBS Updates Newsletter (biweekly)" }).CheckAsync();
            await Expect(page.Page.Locator("#notice-audience")).ToContainTextAsync("Reaches: MIS Administrators and WSB CalJOBS SPOCs only");
            await page.AssertAccessibleAsync();
            await page.Page.GetByLabel("Title").FillAsync(title);
            await page.Page.GetByLabel("Text of the notice").FillAsync("In this issue: renewals and the VOSGreeter.");

            await page.NavigateAsync(() => page.Page.Locator("#notice-publish").ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = $"Newsletter: {title}" }));
        });

    [Fact]
    public Task Spoc_OpensTheBlueNoticeAndRecordsRelayingItToTheirStaff() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.Spoc, DemoSignIns.Password, page.Page.Locator("h1"));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Notices", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Notices", Exact = true }));

            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Link, new() { Name = "Blue Notice for New OPCs" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Blue Notice for New OPCs", Level = 1 }));
            await page.Page.Locator("#notice-record-relay").ClickAsync();
            await Expect(page.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.Page.GetByLabel("How or to whom (optional)").FillAsync("Forwarded to the Roseville front-line staff.");
            await page.Page.Locator("#relay-confirm").ClickAsync();

            await Expect(page.Page.Locator("#notice-relayed")).ToContainTextAsync("Forwarded to the Roseville front-line staff.");
            await page.AssertAccessibleAsync();
        });
}
