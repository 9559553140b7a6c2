using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Jobs;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The Operations Unit opens Background jobs from the navigation, runs a job now and watches it finish: the App's own
/// Hangfire worker runs it, the page polls until it is done, and the page passes axe-core before and after.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackgroundJobsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OperationsUnit_RunsAJobNow_SeesItSucceedAndThePagePassesAxe() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.OperationsUnit);
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Hangfire dashboard" })).ToHaveAttributeAsync("href", "hangfire");
            await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Background jobs", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Background jobs", Level = 1 }));

            var job = page.Page.Locator($"#job-{TemporaryCredentialExpiryJob.Name}");
            await Expect(job).ToContainTextAsync("Not run yet.");
            await job.GetByRole(AriaRole.Button, new() { Name = "Run now: Temporary password expiry" }).ClickAsync();

            await Expect(page.Page.Locator("#jobs-message")).ToContainTextAsync("Temporary password expiry: run queued.");
            await Expect(page.Page.Locator($"#job-{TemporaryCredentialExpiryJob.Name}-last"))
                .ToContainTextAsync("Succeeded", new() { Timeout = 30_000 });
            await Expect(page.Page.Locator($"#job-{TemporaryCredentialExpiryJob.Name}-last")).ToContainTextAsync("Run now by Olivia");
            await Expect(page.Page.Locator("#job-run-history")).ToContainTextAsync("temporary password(s) expired.");
            await Expect(job.GetByRole(AriaRole.Button, new() { Name = "Run now: Temporary password expiry" })).ToBeEnabledAsync();
            await page.AssertAccessibleAsync();
        });
}
