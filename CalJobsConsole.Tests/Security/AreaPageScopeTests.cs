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

    [Fact]
    public async Task AreaOverviewPage_WhenAdministratorOpensTheirOwnArea_ShowsItsSeats()
    {
        var html = await GetAsync($"/areas/{await AreaIdAsync("Golden Sierra")}");

        Assert.Contains("Seats: 3 of 3 MIS Administrators", html);
        Assert.Contains("Morgan Mills", html);
    }

    [Fact]
    public async Task AreaOverviewPage_WhenAdministratorOpensAnotherAreaByUrl_ShowsSco1AndNoneOfItsData()
    {
        var html = await GetAsync($"/areas/{await AreaIdAsync("Capital Region")}");

        Assert.Contains("SCO-1", html);
        Assert.DoesNotContain("Capital Region", html);
        Assert.DoesNotContain("Seats:", html);
        Assert.DoesNotContain("mis.parker", html);
    }

    [Fact]
    public async Task AllAreasPage_WhenAdministratorOpensIt_ShowsSco1AndNoOtherArea()
    {
        var html = await GetAsync("/areas");

        Assert.Contains("SCO-1", html);
        Assert.DoesNotContain("Capital Region", html);
        Assert.DoesNotContain("North Coast", html);
    }

    [Fact]
    public async Task HomePage_WhenAdministratorSignsIn_ListsOnlyTheirOwnArea()
    {
        var html = await GetAsync("/");

        Assert.Contains("Your area: Golden Sierra", html);
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
