using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 21: the console's Content-Security-Policy holds in Chromium — a script slipped into the page (as an injection would) does
/// not run and is reported, and the browser tests' check (<see cref="BrowserPage.AssertAccessibleAsync"/>) fails on it, so every
/// other journey passing says it met no violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task InjectedInlineScript_IsBlockedByThePolicy_AndTheCheckFailsOnIt() =>
        browser.RunAsync("/", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");

            var ran = await page.Page.EvaluateAsync<bool>("""
                () => new Promise(resolve => {
                  window.__injectedRan = false;
                  document.addEventListener('securitypolicyviolation', () => setTimeout(() => resolve(window.__injectedRan), 50), { once: true });
                  const script = document.createElement('script');
                  script.textContent = 'window.__injectedRan = true;';
                  document.body.appendChild(script);
                  setTimeout(() => resolve(window.__injectedRan), 3000);
                })
                """);

            Assert.False(ran);
            var failure = await Assert.ThrowsAnyAsync<Exception>(page.AssertNoErrorBarAsync);
            Assert.Contains("Content-Security-Policy", failure.Message);
            Assert.Contains("script-src", failure.Message);
            // The check would otherwise fail the journey at its end: the violation was this test's own.
            await page.Page.EvaluateAsync("() => { window.__cspViolations = []; }");
        });
}
