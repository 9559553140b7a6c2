using System.Text.RegularExpressions;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// An MIS Administrator signs in on the demo data, lands on their page, opens their own area's overview, and is
/// refused (SCO-1) another area's overview opened by URL. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministratorScopeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task MisAdministrator_WhenSignedIn_SeesOwnAreaAndIsRefusedAnotherByUrl() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var capitalRegionId = await AreaIdAsync("Capital Region");
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.MisAdministrator);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Morgan Mills", Level = 1 }));

            await Expect(page.Page.GetByTestId("signed-in-user")).ToContainTextAsync("Golden Sierra");
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" })).ToBeVisibleAsync();

            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Link, new() { Name = "Open the overview of Golden Sierra" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Golden Sierra", Level = 1 }));
            await Expect(page.Page.GetByTestId("seats")).ToHaveTextAsync("Seats: 3 of 3 MIS Administrators");
            await Expect(page.Page.GetByRole(AriaRole.Cell, new() { Name = "Morgan Mills" })).ToBeVisibleAsync();

            await page.GotoAsync($"/areas/{capitalRegionId}");
            var refusal = page.Page.GetByRole(AriaRole.Alert);
            await Expect(refusal).ToContainTextAsync("SCO-1");
            await Expect(refusal).ToContainTextAsync("This area is not yours");
            await Expect(page.Page.Locator("main")).Not.ToContainTextAsync("Capital Region");
            await Expect(page.Page.GetByTestId("seats")).ToHaveCountAsync(0);
        });

    private async Task<Guid> AreaIdAsync(string name)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }
}
