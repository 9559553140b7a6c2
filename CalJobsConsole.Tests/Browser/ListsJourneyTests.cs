using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The accounts list in Chromium on the demo data: opened from the navigation, searched and sorted through the URL; axe on each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_WhenSearchingAndSortingAccounts_KeepsTheFilterInTheUrl() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 }));
            await Expect(page.Page.Locator("tr.account-line").First).ToBeVisibleAsync();

            await page.Page.GetByLabel("Search username, name or e-mail").FillAsync("staff.sam");
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync());
            await Expect(page.Page.Locator("#accounts-count")).ToHaveTextAsync("1 account");
            Assert.Contains("q=staff.sam", page.Page.Url);

            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Link, new() { Name = "Created: sort ascending" }).ClickAsync());
            Assert.Contains("sort=created", page.Page.Url);
            await Expect(page.Page.Locator("#accounts-export")).ToHaveAttributeAsync("href", "accounts/export.csv?q=staff.sam&sort=created");
        });
}
