using System.Diagnostics;
using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 8's live check with two browser contexts, axe on every page: Golden Sierra's administrator keeps the home page
/// open while a requestor, in another context, files a request; the dashboard's open-request figure goes up without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardLiveJourneyTests(BrowserFixture browser)
{
    private static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public Task AdministratorDashboard_WhenARequestorFilesARequestElsewhere_ShowsItWithoutAReload() =>
        browser.RunAsync("/Account/Login", async admin =>
        {
            await admin.Page.GetByLabel("Username").FillAsync(DemoSignIns.MisAdministrator);
            await admin.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            await admin.NavigateAsync(() => admin.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
            var figure = admin.Page.GetByTestId("figure-open-requests");
            var before = int.Parse(await figure.GetAttributeAsync("data-count") ?? "-1");
            var url = admin.Page.Url;

            var suffix = Guid.NewGuid().ToString("N")[..6];
            await browser.RunAsync("/Account/Login", requestor => Journeys.FileNewAccountRequestAsync(requestor, $"Jess Live {suffix}", suffix));

            var waited = Stopwatch.StartNew();
            await Expect(figure).ToHaveAttributeAsync("data-count", (before + 1).ToString(), new() { Timeout = (float)LiveTimeout.TotalMilliseconds });
            Xunit.TestContext.Current.TestOutputHelper?.WriteLine($"The dashboard showed the new request {waited.Elapsed.TotalSeconds:0.00} s after it was filed.");
            await Expect(figure).ToContainTextAsync($"{before + 1} open requests waiting for a decision");
            Assert.Equal(url, admin.Page.Url);
            await admin.AssertAccessibleAsync();
        });
}
