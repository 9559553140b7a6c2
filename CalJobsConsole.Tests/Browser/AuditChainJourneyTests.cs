using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The Operations Unit opens the audit trail and its verification from the navigation; both pages pass axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditChainJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_SearchesAndVerifiesTheAuditTrail_AndThePagesPassAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Audit trail", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 }));
            await Expect(page.Page.Locator("#audit-count")).ToContainTextAsync("record(s)");
            await page.AssertAccessibleAsync();

            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Verify the audit trail", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Verify the audit trail", Level = 1 }));
            await Expect(page.Page.Locator("#audit-verification")).ToContainTextAsync("The audit trail is intact");
            await page.AssertAccessibleAsync();
        });
}
