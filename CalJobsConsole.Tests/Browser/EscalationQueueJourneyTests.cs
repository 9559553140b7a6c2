using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The Operations Unit's escalation queue on the demo data (GRP-3): the seeded open escalation and its grant dialog pass axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EscalationQueueJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_WhenOpeningTheEscalationQueue_SeesTheOpenEscalationAndItsGrantDialogPassAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), page.Page.Locator("h1"));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Escalations", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Escalations", Level = 1 }));

            var row = page.Page.Locator("#escalation-queue tr", new() { HasText = "Rene Alvarez" });
            await Expect(row).ToContainTextAsync("SSN_UNMASK");
            await Expect(row).ToContainTextAsync("Open");

            await row.GetByRole(AriaRole.Button, new() { Name = "Grant the escalation for Rene Alvarez" }).ClickAsync();
            var dialog = page.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.GetByLabel("CalJOBS username")).ToHaveValueAsync("rene.alvarez");
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
        });
}
