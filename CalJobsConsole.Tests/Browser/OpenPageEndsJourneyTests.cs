using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 21, sessions: a page left open by a user whose role is taken away ends within 60 seconds, with the default
/// <c>CalJobs:Sessions:RevalidationInterval</c> — nothing reloads it, the circuit's own recheck sends it to the sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenPageEndsJourneyTests(BrowserFixture browser)
{
    private const string Password = "Open-Page-Tester-Phrase";

    [Fact]
    public Task OpenPage_OfAUserWhoseRoleIsTakenAway_EndsWithinAMinute() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var username = "openpage." + Guid.NewGuid().ToString("N")[..8];
            await WithUsersAsync(async users =>
            {
                var user = new ConsoleUser { UserName = username, Email = username + "@example.ca.gov", FullName = "Open Page Tester" };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, ConsoleRoles.Requestor)).Succeeded);
            });
            await Journeys.SignInAsync(page, username, Password, page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
            Assert.True(new SessionOptions().RevalidationInterval <= SessionOptions.LongestRevalidation);

            await WithUsersAsync(async users =>
                Assert.True((await users.RemoveFromRoleAsync((await users.FindByNameAsync(username))!, ConsoleRoles.Requestor)).Succeeded));

            await Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"),
                new PageAssertionsToHaveURLOptions { Timeout = 60_000 });
            await page.WaitForInteractiveAsync();
            await page.AssertAccessibleAsync();
        });

    private async Task WithUsersAsync(Func<UserManager<ConsoleUser>, Task> act)
    {
        using var scope = browser.Services.CreateScope();
        await act(scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>());
    }
}
