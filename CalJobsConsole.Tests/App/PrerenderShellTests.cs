using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// Issue 17, "no page loads its data twice": the server's prerender of a page draws the layout's shell (title, landmarks,
/// a progress bar) and reads none of the page's data — the circuit that starts next reads it, once. So a page request runs
/// exactly the SQL every signed-in request runs (the cookie's security-stamp check, the password-change gate), whatever the
/// page. The exceptions are the heavy pages marked <c>[PrerenderWithData]</c>: their first HTML carries the data, read by the
/// prerender and handed to the circuit. <see cref="CalJobsConsole.Tests.Browser.PageLoadsOnceJourneyTests"/> checks whole
/// visits in a browser.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PrerenderShellTests : IAsyncLifetime
{
    /// <summary>A page that reads no data: what every signed-in request costs.</summary>
    private const string Baseline = "/not-found";

    private readonly TestAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(DemoSignIns.OperationsUnit, "/areas")]
    [InlineData(DemoSignIns.OperationsUnit, "/designations")]
    [InlineData(DemoSignIns.OperationsUnit, "/monitoring")]
    [InlineData(DemoSignIns.OperationsUnit, "/escalations")]
    [InlineData(DemoSignIns.OperationsUnit, "/directory")]
    [InlineData(DemoSignIns.MisAdministrator, "/data-changes/queue")]
    public async Task Prerender_OfAPageThatReadsData_RunsNoneOfItsQueriesAndDrawsTheShell(string username, string path)
    {
        using var client = await SignedInClientAsync(username);
        var baseline = await SqlOfRequestAsync(client, Baseline);

        var (html, sql) = await GetAsync(client, path);

        Assert.Equal(baseline.Order(), sql.Order());
        Assert.Contains("<title>CalJOBS Console</title>", html);
        Assert.Contains("<main id=\"main\">", html);
        Assert.Contains("aria-label=\"Main\"", html);
        Assert.Contains("Loading the page", html);
    }

    [Fact]
    public async Task Prerender_OfAPageThatReadsData_SendsNoneOfItsData()
    {
        using var client = await SignedInClientAsync(DemoSignIns.OperationsUnit);

        var (html, _) = await GetAsync(client, "/areas");

        Assert.DoesNotContain("Golden Sierra", html);
    }

    [Theory]
    [InlineData(DemoSignIns.OperationsUnit, "/", "data-testid=\"area-compliance\"")]
    [InlineData(DemoSignIns.OperationsUnit, "/accounts", "account-line")]
    [InlineData(DemoSignIns.OperationsUnit, "/inbox", "id=\"inbox-count\"")]
    [InlineData(DemoSignIns.OperationsUnit, "/suspensions", "data-testid=\"accounts\"")]
    [InlineData(DemoSignIns.OperationsUnit, "/areas/{golden-sierra}", "data-testid=\"seats\"")]
    [InlineData(DemoSignIns.MisAdministrator, "/", "data-testid=\"figure-open-requests\"")]
    public async Task Prerender_OfAHeavyPage_CarriesItsDataAndHandsItToTheCircuit(string username, string path, string data)
    {
        using var client = await SignedInClientAsync(username);
        var baseline = await SqlOfRequestAsync(client, Baseline);

        var (html, sql) = await GetAsync(client, path.Replace("{golden-sierra}", (await GoldenSierraAsync()).ToString()));

        Assert.Contains(data, html);
        Assert.DoesNotContain("Loading the page", html);
        Assert.NotEmpty(sql.Except(baseline));
        // Blazor's persistent component state: what the prerender read, protected, for the circuit.
        Assert.Contains("Blazor-Server-Component-State:", html);
    }

    /// <summary>
    /// SCO-1 reads the scope on every call, and an HTTP request is one call: however many of the prerender's components and
    /// services ask (the administrator's desk: the page and the dashboard's service; /suspensions: four services), the
    /// signed-in user's scope is read once per request. Each request reads it again: the baseline request before this one
    /// read it too.
    /// </summary>
    [Theory]
    [InlineData(DemoSignIns.MisAdministrator, "/")]
    [InlineData(DemoSignIns.OperationsUnit, "/suspensions")]
    [InlineData(DemoSignIns.OperationsUnit, "/accounts")]
    public async Task Prerender_OfAHeavyPage_ReadsTheSignedInUsersScopeOncePerRequest(string username, string path)
    {
        using var client = await SignedInClientAsync(username);
        static int ScopeReads(IEnumerable<string> sql) =>
            sql.Count(s => s.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal) && s.Contains("\"FullName\"", StringComparison.Ordinal));

        var first = await GetAsync(client, path);
        var second = await GetAsync(client, path);

        Assert.Equal(1, ScopeReads(first.Sql));
        Assert.Equal(1, ScopeReads(second.Sql));
    }

    private async Task<HttpClient> SignedInClientAsync(string username)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, username, DemoSignIns.Password)).StatusCode);
        return client;
    }

    private async Task<IReadOnlyList<string>> SqlOfRequestAsync(HttpClient client, string path) => (await GetAsync(client, path)).Sql;

    private async Task<(string Html, IReadOnlyList<string> Sql)> GetAsync(HttpClient client, string path)
    {
        _factory.Commands.Start();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (html, _factory.Commands.Recorded.Select(c => c.Sql).ToList());
    }

    private async Task<Guid> GoldenSierraAsync()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync();
    }
}
