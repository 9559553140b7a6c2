using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>Pages, not only services: an administrator of area A never receives area B's data in a response (SCO-1).</summary>
[Collection(AppHostCollection.Name)]
public class AreaPageScopeTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInForm.PostAsync(_client, DemoSignIns.MisAdministrator, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    // Since issue 17 a page's response is the prerendered shell and its data comes with the circuit, so a response holds no
    // area's data at all; these check that it stays so for another area's pages. The circuit's refusal (SCO-1) and the
    // administrator's own area are checked where the page renders its data: AreaOverviewPageTests and the
    // browser journeys (App/PrerenderShellTests checks the shell).
    [Fact]
    public async Task AreaOverviewPage_WhenAdministratorOpensAnotherAreaByUrl_SendsNoneOfItsData()
    {
        var html = await GetAsync($"/areas/{await AreaIdAsync("Capital Region")}");

        Assert.DoesNotContain("Capital Region", html);
        Assert.DoesNotContain("Seats:", html);
        Assert.DoesNotContain("mis.parker", html);
    }

    [Fact]
    public async Task AllAreasPage_WhenAdministratorOpensIt_SendsNoOtherArea()
    {
        var html = await GetAsync("/areas");

        Assert.DoesNotContain("Capital Region", html);
        Assert.DoesNotContain("North Coast", html);
    }

    [Fact]
    public async Task HomePage_WhenAdministratorSignsIn_SendsNoOtherArea()
    {
        var html = await GetAsync("/");

        Assert.DoesNotContain("Capital Region", html);
        Assert.DoesNotContain("WSB Northern Division\"", html);
    }

    private async Task<string> GetAsync(string path)
    {
        var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> AreaIdAsync(string name)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }
}
