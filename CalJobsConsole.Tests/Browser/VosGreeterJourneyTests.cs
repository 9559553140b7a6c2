using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// VOS-1 in Chromium on the demo data, axe on every page and dialog: Golden Sierra's MIS Administrator sees who sets up each
/// office, accepts the SPOC's pending proposal at Auburn AJCC and opens the rename dialog; the SPOC sees the proposal accepted
/// and edits Roseville EDD Office (no Title I partner) directly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VosGreeterJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task VosGreeter_MisAcceptsTheSpocsProposalAndTheSpocEditsTheirOffice()
    {
        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, DemoSignIns.Password,
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "VOSGreeter setup", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter setup", Level = 1 }));
            var offices = page.Page.Locator("#vosgreeter-offices");
            await Expect(offices.Locator("tr", new() { HasText = "Roseville EDD Office" })).ToContainTextAsync("CalJOBS SPOC of WSB Northern Division");
            await page.AssertAccessibleAsync();

            await page.NavigateAsync(() => offices.GetByRole(AriaRole.Link, new() { Name = "Auburn AJCC" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter check-in reasons: Auburn AJCC", Level = 1 }));
            await page.AssertAccessibleAsync();
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Accept Veterans services (JVSG)" }).ClickAsync();
            await Expect(page.Page.Locator("#vos-message")).ToContainTextAsync("Accepted 'Veterans services (JVSG)'", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#vos-reasons")).ToContainTextAsync("Veterans services (JVSG)");

            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Rename WIOA orientation" }).ClickAsync();
            var dialog = page.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.GetByLabel("New label")).ToHaveValueAsync("WIOA orientation");
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
        });

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.Spoc, DemoSignIns.Password,
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: WSB Northern Division" }));
            await page.GotoAsync("/vosgreeter");
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter setup", Level = 1 })).ToBeVisibleAsync();
            var offices = page.Page.Locator("#vosgreeter-offices");
            await page.NavigateAsync(() => offices.GetByRole(AriaRole.Link, new() { Name = "Auburn AJCC" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter check-in reasons: Auburn AJCC", Level = 1 }));
            await Expect(page.Page.Locator("#vos-proposals tr", new() { HasText = "Veterans services (JVSG)" })).ToContainTextAsync("Accepted");
            await Expect(page.Page.Locator("#vos-why-not-editing")).ToContainTextAsync("Propose the reason to the MIS Administrator of Golden Sierra");
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/vosgreeter");
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter setup", Level = 1 })).ToBeVisibleAsync();
            await page.NavigateAsync(() => page.Page.Locator("#vosgreeter-offices").GetByRole(AriaRole.Link, new() { Name = "Roseville EDD Office" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "VOSGreeter check-in reasons: Roseville EDD Office", Level = 1 }));
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Reactivate Trade Adjustment Assistance" }).ClickAsync();
            await Expect(page.Page.Locator("#vos-message")).ToContainTextAsync("Reactivated 'Trade Adjustment Assistance'", new() { Timeout = 20_000 });
            await page.AssertAccessibleAsync();
        });
    }
}
