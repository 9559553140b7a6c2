using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The three dashboards on the demo data, each signed in as its role, checked by axe and photographed: the PNGs go to
/// <c>CALJOBS_SCREENSHOTS_DIR</c> when set (that is how <c>docs/*.png</c> in docs/tour.md were made), otherwise under
/// <c>.ci/out/screenshots/</c>.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class DashboardScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string> Dashboards => new()
    {
        { DemoSignIns.MisAdministrator, "Your area: Golden Sierra", "administrator-dashboard.png" },
        { DemoSignIns.OperationsUnit, "Statewide: every area", "compliance-panels.png" },
        { DemoSignIns.Requestor, "Your staff's renewal deadlines", "renewal-tracker.png" },
    };

    [Theory]
    [MemberData(nameof(Dashboards))]
    public Task Dashboard_OnTheDemoData_RendersPassesAxeAndIsPhotographed(string username, string heading, string fileName) =>
        browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, username, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = heading }));
            await page.AssertAccessibleAsync();
            var folder = Environment.GetEnvironmentVariable("CALJOBS_SCREENSHOTS_DIR") is { Length: > 0 } configured
                ? configured
                : Path.Combine(FailureArtifacts.Folder, "..", "screenshots");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, fileName);
            await page.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty.");
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        });
}
