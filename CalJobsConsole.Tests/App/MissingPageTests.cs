using System.Net;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// A missing page answers 404 with the not-found page, signed in or not. Signed in, the re-executed request once reached the
/// not-found page without the authorization middleware and answered 500.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MissingPageTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MissingPage_Answers404WithTheNotFoundPage(bool signedIn)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (signedIn)
            Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, DemoSignIns.OperationsUnit, DemoSignIns.Password)).StatusCode);

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
