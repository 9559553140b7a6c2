using System.Text.RegularExpressions;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The demo console with an idle timeout of seconds instead of half an hour, and its open pages rechecked every second, so the
/// idle timeout can be seen to work on a real page in the time of a test.
/// </summary>
public sealed class IdleSessionFixture() : BrowserFixture("Development", new Dictionary<string, string?>
{
    ["CalJobs:Sessions:IdleTimeout"] = "00:00:08",
    ["CalJobs:Sessions:RevalidationInterval"] = "00:00:01",
});

[CollectionDefinition(Name)]
public sealed class IdleSessionCollection : ICollectionFixture<IdleSessionFixture>
{
    public const string Name = "Browser, short idle timeout";
}

/// <summary>
/// Issue 21, sessions: the idle timeout on an open page. A page kept in use — keys pressed, no request of its own — outlives the
/// idle timeout, and its activity reports keep the sign-in cookie alive too (a fresh load is still signed in); a page left
/// untouched for the idle timeout ends by itself, and the sign-in page says why.
/// </summary>
[Collection(IdleSessionCollection.Name)]
public sealed class IdlePageEndsJourneyTests(IdleSessionFixture browser)
{
    [Fact]
    public Task OpenPage_KeptInUse_OutlivesTheIdleTimeout_AndLeftUntouched_EndsAndSaysWhy() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var sessions = browser.Services.GetRequiredService<IOptions<SessionOptions>>().Value;
            var signOut = page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
            await Journeys.SignInAsync(page, DemoSignIns.Spoc, DemoSignIns.Password, signOut);
            var openPage = page.Page.Url;

            // In use for twice the idle timeout: a key pressed twice a beat, and not one request of the page's own.
            var until = DateTime.UtcNow + 2 * sessions.IdleTimeout;
            while (DateTime.UtcNow < until)
            {
                await page.Page.Keyboard.PressAsync("Shift");
                await Task.Delay(sessions.ActivityBeat / 2);
            }
            Assert.Equal(openPage, page.Page.Url);
            await Expect(signOut).ToBeVisibleAsync();

            // The cookie slid with the page's reports (it alone would have expired a whole idle timeout ago): a load is signed in.
            await page.GotoAsync(new Uri(openPage).PathAndQuery);
            await Expect(signOut).ToBeVisibleAsync();

            // Left untouched: the page ends within the idle timeout, a beat and a recheck, and the sign-in says why.
            var limit = sessions.IdleTimeout + sessions.ActivityBeat + sessions.RevalidationInterval + TimeSpan.FromSeconds(20);
            await Expect(page.Page).ToHaveURLAsync(new Regex("/Account/Login\\?.*ended=idle"),
                new PageAssertionsToHaveURLOptions { Timeout = (float)limit.TotalMilliseconds });
            await page.WaitForInteractiveAsync();
            await Expect(page.Page.Locator("#sign-in-idle")).ToContainTextAsync("closed after 8 seconds without activity");
            await page.AssertAccessibleAsync();
        });
}
