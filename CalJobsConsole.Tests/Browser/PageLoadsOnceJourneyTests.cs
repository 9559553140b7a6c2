using CalJobsConsole.App.Security;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 17, "no page loads its data twice" and "data shown in under 0.5 s", on a real visit of the heavy pages (the Operations
/// Unit's home page, the administrator's desk, /accounts, /inbox, /suspensions and the area overview), each marked
/// <c>[PrerenderWithData]</c>: the data is on screen before the browser even has <c>blazor.web.js</c> (it came with the first
/// HTML, read by the prerender), and the circuit that starts next shows it without running any of those queries again
/// (the prerender handed it over). Every other page prerenders the shell: <see cref="App.PrerenderShellTests"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadsOnceJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task HeavyPages_OnAVisit_ShowTheirDataFromTheFirstHtmlAndTheCircuitReadsItNoMore() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var goldenSierra = await GoldenSierraAsync();
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");
            var everyVisit = await EveryVisitAsync(page);
            // The statewide figures are shared while a reading holds (ComplianceFiguresCache), and signing in just read them:
            // after a saved change, the next page reads them, in its prerender.
            await AfterAChangeAsync();
            await VisitAsync(page, everyVisit, "/", p => p.GetByRole(AriaRole.Heading, new() { Name = "By area" }));
            await VisitAsync(page, everyVisit, "/accounts", p => p.Locator("tr.account-line").First);
            await VisitAsync(page, everyVisit, "/accounts?status=Active&sort=renewal", p => p.Locator("tr.account-line").First);
            await VisitAsync(page, everyVisit, "/inbox", p => p.Locator("#inbox-count"));
            await VisitAsync(page, everyVisit, "/suspensions", p => p.GetByTestId("accounts"));
            await VisitAsync(page, everyVisit, $"/areas/{goldenSierra}", p => p.GetByTestId("seats"));

            await Journeys.SignOutAsync(page);
            await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
            everyVisit = await EveryVisitAsync(page);
            await VisitAsync(page, everyVisit, "/", p => p.GetByTestId("figure-open-requests"));
        });

    /// <summary>
    /// What every visit runs whatever the page (the cookie's security-stamp check, the password-change gate, the layout's
    /// scope and unread count in the circuit): the SQL of a whole visit of a page with no data.
    /// </summary>
    private async Task<IReadOnlySet<string>> EveryVisitAsync(BrowserPage page)
    {
        var log = browser.Services.GetRequiredService<DbCommandLog>();
        log.Start();
        await page.GotoAsync("/not-found");
        return log.Recorded.Select(c => c.Sql).ToHashSet();
    }

    /// <summary>
    /// Publishes what saving a monitoring review publishes and waits until the statewide figures' cache has seen it, then for
    /// the reloads it starts in circuits other tests left open on this shared host (one quiet period after the change), so
    /// none of their queries falls inside the visit measured next.
    /// </summary>
    private async Task AfterAChangeAsync()
    {
        var figures = browser.Services.GetRequiredService<ComplianceFiguresCache>();
        var seen = figures.ChangesSeen;
        browser.Services.GetRequiredService<IChangeFeed>().Publish([new ConsoleChange(ChangeFeed.Kinds.Review, Guid.NewGuid(), null)]);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (figures.ChangesSeen == seen && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(10, Xunit.TestContext.Current.CancellationToken);
        Assert.NotEqual(seen, figures.ChangesSeen);
        await Task.Delay(LiveUpdates.DefaultQuietPeriod * 3, Xunit.TestContext.Current.CancellationToken);
    }

    private async Task VisitAsync(BrowserPage page, IReadOnlySet<string> everyVisit, string path, Func<IPage, ILocator> data)
    {
        var log = browser.Services.GetRequiredService<DbCommandLog>();
        // The circuit starts only once the browser has blazor.web.js: held back until the data has been seen.
        var release = new TaskCompletionSource();
        await page.Page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        List<string> prerender = [];
        var beforeCircuit = 0;
        await page.NavigateAsync(async () =>
        {
            log.Start();
            await page.Page.GotoAsync(path.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await Expect(data(page.Page)).ToBeVisibleAsync();
            var recorded = log.Recorded;
            beforeCircuit = recorded.Count;
            prerender = recorded.Where(c => !c.InCircuit).Select(c => c.Sql).Where(sql => !everyVisit.Contains(sql)).Distinct().ToList();
            release.SetResult();
        });
        await Expect(data(page.Page)).ToBeVisibleAsync();
        // A circuit's once-a-minute revalidation (of any circuit open on this shared host) is not the visit's reading.
        var circuit = log.Recorded.Skip(beforeCircuit).Where(c => c.InCircuit).Select(c => c.Sql)
            .Where(sql => !everyVisit.Contains(sql) && !sql.Contains(RevalidatingIdentityStateProvider.QueryTag, StringComparison.Ordinal)).ToList();
        await page.Page.UnrouteAllAsync();

        Xunit.TestContext.Current.TestOutputHelper?.WriteLine(
            $"{path}: {prerender.Count} distinct queries of its own in the prerender, {circuit.Count} in the circuit beyond what every visit runs.");
        Assert.NotEmpty(prerender);
        Assert.True(circuit.Count == 0,
            $"{path}'s circuit read again what its prerender handed over:\n" + string.Join("\n---\n", circuit));
    }

    private async Task<Guid> GoldenSierraAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync();
    }
}
