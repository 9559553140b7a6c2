using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// On the demo data: North Coast's only MIS Administrator holds a seat but was never trained (DES-2). Opening the request
/// waiting in their inbox, the evidence panel refuses the upload naming DES-2 and what would satisfy it, and offers no file
/// control — the server's gate refuses the same act (Security/AdministrativeActs proves it for every act).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UntrainedAdministratorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task UntrainedAdministrator_WhenOpeningARequestOfTheirArea_IsRefusedTheUploadWithDes2()
    {
        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.UntrainedMisAdministrator, "Your area: North Coast");
            await Journeys.OpenFromInboxAsync(page, "Toni Lee", "new account");

            var panel = page.Page.Locator(".evidence-panel");
            var refusal = panel.Locator("#evidence-upload-refusal");
            await Expect(refusal).ToContainTextAsync("DES-2");
            await Expect(refusal).ToContainTextAsync("has not completed administrator training");
            await Expect(panel.Locator("input[type=file]")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();
        });
    }
}
