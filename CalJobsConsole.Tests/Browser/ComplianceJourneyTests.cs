using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The Operations Unit's compliance panels on the demo data: sort the by-area table, drill down from the state to an area,
/// to an account with its documents, and back up by the breadcrumbs; axe-core checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplianceJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_WhenSortingAndDrillingDown_ReachesAnAccountsDocumentsAndComesBackUp() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            await DrillDownAndBackAsync(page);
        });

    /// <summary>
    /// From the Operations Unit's statewide panels (signed in, on the home page): sorts the by-area table, drills to Golden
    /// Sierra, to Sam Santos's account and its documents, and comes back up by the breadcrumbs. Reads only.
    /// </summary>
    internal static async Task DrillDownAndBackAsync(BrowserPage page)
    {
        var table = page.Page.GetByTestId("area-compliance");
        await Expect(page.Page.GetByTestId("statewide-figures")).ToContainTextAsync("Renewal compliance");

        await table.GetByRole(AriaRole.Button, new() { Name = "Overdue renewals", Exact = true }).ClickAsync();
        await Expect(table.Locator("th[aria-sort=descending]")).ToContainTextAsync("Overdue renewals");
        await Expect(page.Page.GetByTestId("area-chart")).ToContainTextAsync("Overdue renewals by area");

        await page.NavigateAsync(() => table.GetByRole(AriaRole.Link, new() { Name = "Golden Sierra", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Golden Sierra", Level = 1 }));
        var crumbs = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = "Statewide" })).ToBeVisibleAsync();

        await page.NavigateAsync(() => page.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = DemoSignIns.Staff, Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sam Santos (staff.sam)", Level = 1 }));
        await Expect(crumbs).ToContainTextAsync("Sam Santos");
        await Expect(page.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "ispa-training-certificate.pdf" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/evidence/[0-9a-f-]{36}$"));
        await Expect(page.Page.Locator("tr.timeline-entry").First).ToBeVisibleAsync();

        await page.NavigateAsync(() => crumbs.GetByRole(AriaRole.Link, new() { Name = "Golden Sierra" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Golden Sierra", Level = 1 }));
        await page.NavigateAsync(() => crumbs.GetByRole(AriaRole.Link, new() { Name = "Statewide" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
    }
}
