using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The account detail page in Chromium on the demo data, reached the way people reach it: the Operations Unit from an
/// area's overview, a supervisor from their staff list, a staff member from "My account". axe-core checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountDetailJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_WhenDrillingFromAnAreaToAnAccount_SeesItsDocumentsAndTimeline() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await SignInAsync(page, DemoSignIns.OperationsUnit, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            var main = page.Page.Locator("main");

            await page.NavigateAsync(() => main.GetByRole(AriaRole.Link, new() { Name = "Golden Sierra", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Golden Sierra", Level = 1 }));
            await page.NavigateAsync(() => main.GetByRole(AriaRole.Link, new() { Name = DemoSignIns.Staff, Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sam Santos (staff.sam)", Level = 1 }));

            await Expect(page.Page.Locator(".account-status")).ToHaveTextAsync("Active");
            await Expect(page.Page.Locator("tr.extra-privilege")).ToContainTextAsync("REPORTS");
            await Expect(main.GetByRole(AriaRole.Link, new() { Name = "ispa-training-certificate.pdf" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/evidence/[0-9a-f-]{36}$"));
            await Expect(page.Page.Locator("tr.timeline-entry").First).ToContainTextAsync("Account created; temporary password issued");
        });

    [Fact]
    public Task Supervisor_WhenOpeningAStaffMemberFromTheirHomePage_SeesTheRenewalCountdown() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await SignInAsync(page, DemoSignIns.Requestor, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));

            await page.NavigateAsync(() => page.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sam Santos", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sam Santos (staff.sam)", Level = 1 }));

            await Expect(page.Page.GetByTestId("renewal")).ToContainTextAsync("days left");
            await Expect(page.Page.Locator("tr.account-document")).ToHaveCountAsync(3);
        });

    [Fact]
    public Task StaffMember_WhenOpeningMyAccount_SeesTheirOwnAccount() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await SignInAsync(page, DemoSignIns.Staff, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Sam Santos", Level = 1 }));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "My account", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "My CalJOBS account", Level = 1 }));

            await Expect(page.Page.Locator(".account-summary")).ToContainTextAsync("staff.sam");
            await Expect(page.Page.GetByTestId("privilege-group")).ToHaveTextAsync("LWIA/CBO Staff");
        });

    private static async Task SignInAsync(BrowserPage page, string username, ILocator landed)
    {
        await page.Page.GetByLabel("Username").FillAsync(username);
        await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), landed);
    }
}
