using System.Net;
using CalJobsConsole.App.Components.Account.Pages;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>Cookie sign-in on the static Account page: one generic message for every failure, lockout after 5 failures.</summary>
[Collection(AppHostCollection.Name)]
public class SignInTests : IAsyncLifetime
{
    private const string Password = "Correct-Horse-42!";
    private readonly TestAppFactory _factory = new();
    private string _username = "";

    public async ValueTask InitializeAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        _username = "signin." + Guid.NewGuid().ToString("N")[..8];
        var result = await users.CreateAsync(new ConsoleUser { UserName = _username, Email = _username + "@example.ca.gov", FullName = "Sign In Tester" }, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignIn_WhenThePasswordIsRight_SetsTheCookieAndGoesHome()
    {
        using var client = NewClient();

        var response = await PostSignInAsync(client, _username, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CalJobsConsole="));
    }

    [Fact]
    public async Task SignIn_WhenThePasswordIsWrongOrTheUserUnknown_ShowsTheSameGenericMessage()
    {
        using var client = NewClient();

        var wrongPassword = await ReadAsync(await PostSignInAsync(client, _username, "Wrong-Password-1!"));
        var unknownUser = await ReadAsync(await PostSignInAsync(client, "nobody." + Guid.NewGuid().ToString("N")[..6], "Wrong-Password-1!"));

        Assert.Contains(WebUtility.HtmlEncode(Login.FailureMessage), wrongPassword);
        Assert.Contains(WebUtility.HtmlEncode(Login.FailureMessage), unknownUser);
        Assert.DoesNotContain("not found", unknownUser, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_RefusesEvenTheRightOneWithTheSameMessage()
    {
        using var client = NewClient();
        for (var i = 0; i < 5; i++)
            await PostSignInAsync(client, _username, "Wrong-Password-1!");

        var response = await PostSignInAsync(client, _username, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(Login.FailureMessage), await ReadAsync(response));
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync(_username))!));
    }

    [Fact]
    public async Task SignIn_WhenTheReturnUrlPointsElsewhere_StaysInsideTheConsole()
    {
        using var client = NewClient();

        var response = await PostSignInAsync(client, _username, Password, returnUrl: "https://evil.example.com/");

        Assert.Equal("http://localhost/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnyPage_WhenNobodyIsSignedIn_RedirectsToSignIn()
    {
        using var client = NewClient();

        var response = await client.GetAsync("/areas", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString.Replace("http://localhost", ""));
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string username, string password, string? returnUrl = null) =>
        SignInForm.PostAsync(client, username, password, returnUrl);

    private static Task<string> ReadAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
