using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The running console in a real Chromium: it becomes interactive and passes axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserFixture browser)
{
    [Fact]
    public Task HomePage_WhenOpenedInChromium_ShowsTheConsoleHeadingAndPassesAxe() =>
        browser.RunAsync("/", async page =>
        {
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "CalJOBS Console", Level = 1 }))
                .ToBeVisibleAsync();
        });
}
