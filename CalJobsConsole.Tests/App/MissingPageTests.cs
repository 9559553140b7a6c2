using System.Net;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// A missing page answers a signed-in user 404 with the not-found page; the re-executed request once reached the not-found
/// page without the authorization middleware and answered 500. Anonymous, it sends to the sign-in page like every page.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MissingPageTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task MissingPage_SignedIn_Answers404WithTheNotFoundPage()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, DemoSignIns.OperationsUnit, DemoSignIns.Password)).StatusCode);

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MissingPage_Anonymous_SendsToSignIn()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString);
    }
}
