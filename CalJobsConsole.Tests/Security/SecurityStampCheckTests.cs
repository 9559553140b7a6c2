using System.Net;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// The cookie's per-request check (<see cref="CalJobsConsole.App.Security.SecurityStampCheck"/>): one read of the security
/// stamp for a page or endpoint, nothing at all for a static file — Identity's validator rebuilt the principal with five
/// commands on every request, style sheets and scripts included (issue 17). That a changed stamp ends the session at the next
/// request is <see cref="DeactivationSessionTests"/>.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SecurityStampCheckTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignedInPageRequest_ReadsTheSecurityStampOnce()
    {
        using var client = await SignedInClientAsync();

        var sql = await SqlOfAsync(client, "/not-found", HttpStatusCode.OK);

        Assert.Single(sql, s => s.Contains("SecurityStamp", StringComparison.Ordinal));
        Assert.DoesNotContain(sql, s => s.Contains("ClaimType", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    public async Task SignedInStaticFileRequest_RunsNoQuery(string path)
    {
        using var client = await SignedInClientAsync();

        var sql = await SqlOfAsync(client, path, HttpStatusCode.OK);

        Assert.Empty(sql);
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, DemoSignIns.OperationsUnit, DemoSignIns.Password)).StatusCode);
        return client;
    }

    private async Task<IReadOnlyList<string>> SqlOfAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        _factory.Commands.Start();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return _factory.Commands.Recorded.Select(c => c.Sql).ToList();
    }
}
