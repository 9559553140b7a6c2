using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 17, "no page loads its data twice", on a real visit: the page's HTTP request (the server's prerender) runs only what
/// every signed-in request runs, none of the page's own queries; the circuit that starts when the browser has loaded
/// <c>blazor.web.js</c> reads the data and the page shows it. The heavy pages: the Operations Unit's home page, the administrator's desk, /accounts, /inbox,
/// /suspensions and the area overview.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadsOnceJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task HeavyPages_OnAVisit_ReadTheirDataOnceInTheCircuitAndNeverInThePrerender() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var goldenSierra = await GoldenSierraAsync();
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");
            await VisitAsync(page, "/", p => p.GetByRole(AriaRole.Heading, new() { Name = "By area" }));
            await VisitAsync(page, "/accounts", p => p.Locator("#accounts-count"));
            await VisitAsync(page, "/inbox", p => p.Locator("#inbox-count"));
            await VisitAsync(page, "/suspensions", p => p.GetByTestId("accounts"));
            await VisitAsync(page, $"/areas/{goldenSierra}", p => p.GetByTestId("seats"));

            await Journeys.SignOutAsync(page);
            await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
            await VisitAsync(page, "/", p => p.GetByTestId("figure-open-requests"));
        });

    private async Task VisitAsync(BrowserPage page, string path, Func<IPage, ILocator> data)
    {
        var log = browser.Services.GetRequiredService<DbCommandLog>();
        // What every signed-in request costs (the cookie's security-stamp check, the password-change gate): a page with no data.
        log.Start();
        Assert.True((await page.Page.APIRequest.GetAsync("not-found")).Ok);
        var everyRequest = log.Recorded.Select(c => c.Sql).ToHashSet();

        IReadOnlyList<RecordedCommand>? beforeCircuit = null;
        // The circuit starts only once the browser has blazor.web.js: what ran before it asked for the script is the prerender's.
        await page.Page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            beforeCircuit ??= log.Recorded;
            await route.ContinueAsync();
        });
        log.Start();
        await page.GotoAsync(path);
        await Expect(data(page.Page)).ToBeVisibleAsync();
        var visit = log.Recorded;
        await page.Page.UnrouteAllAsync();

        Assert.NotNull(beforeCircuit);
        var prerender = beforeCircuit.Where(c => c.RequestPath == path).Select(c => c.Sql).ToList();
        var circuit = visit.Skip(beforeCircuit.Count).Where(c => c.InCircuit).Select(c => c.Sql).Where(sql => !everyRequest.Contains(sql)).ToList();
        Xunit.TestContext.Current.TestOutputHelper?.WriteLine(
            $"{path}: {prerender.Count} command(s) in the page request ({everyRequest.Count} distinct ones every request runs), {circuit.Count} more in the circuit.");
        var pageQueriesInPrerender = prerender.Where(sql => !everyRequest.Contains(sql)).Distinct().ToList();
        Assert.True(pageQueriesInPrerender.Count == 0,
            $"{path}'s prerender ran queries of its own (the circuit reads them again):\n" + string.Join("\n---\n", pageQueriesInPrerender));
        Assert.NotEmpty(circuit);
    }

    private async Task<Guid> GoldenSierraAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync();
    }
}
