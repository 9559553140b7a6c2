using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>The running console in a real Chromium: an anonymous visitor is sent to sign in, and the page passes axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserFixture browser)
{
    [Fact]
    public Task HomePage_WhenOpenedAnonymously_SendsTheVisitorToSignInAndPassesAxe() =>
        browser.RunAsync("/", async page =>
        {
            await Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Page.GetByLabel("Username")).ToBeVisibleAsync();
        });
}
