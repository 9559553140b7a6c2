using System.Net;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// Behind a proxy (issue 19): outside Development the console redirects plain HTTP to HTTPS, sends HSTS and marks its cookies
/// Secure; it believes X-Forwarded-Proto only from the proxies configured in <c>CalJobs:Web</c>.
/// </summary>
public class WebHardeningTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_OverHttps_SendsHstsAndSecureCookies()
    {
        await using var factory = new TestAppFactory("Production", Settings());
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://caljobs.example.gov"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Production_OverPlainHttp_RedirectsToHttps()
    {
        await using var factory = new TestAppFactory("Production", Settings());
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("http://caljobs.example.gov"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login", Token);

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"{response.StatusCode}");
        Assert.Equal("https://caljobs.example.gov/Account/Login", response.Headers.Location?.ToString());
        // A load balancer's probe of this server over plain HTTP is answered, not redirected.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Token)).StatusCode);
    }

    [Fact]
    public async Task Production_OverPlainHttpWithNoHttpsPort_SaysHttpsIsRequiredButAnswersHealthProbes()
    {
        var settings = Settings();
        settings.Remove("https_port");
        await using var factory = new TestAppFactory("Production", settings);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("http://caljobs.example.gov"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/Account/Login", Token);
        var health = await client.GetAsync("/health/live", Token);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("CalJobs:Web:RequireHttps", await page.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ForwardedProto_FromTheConfiguredProxy_IsBelieved_FromAnyOtherAddressItIsNot()
    {
        await using var trusted = new TestAppFactory("Production", Settings(("CalJobs:Web:KnownProxies:0", "127.0.0.1")));
        await using var untrusted = new TestAppFactory("Production", Settings(("CalJobs:Web:KnownProxies:0", "10.0.0.5")));

        var believed = await GetThroughProxyAsync(trusted.StartOnLoopback());
        var ignored = await GetThroughProxyAsync(untrusted.StartOnLoopback());

        Assert.Equal(HttpStatusCode.OK, believed.StatusCode);
        Assert.True(ignored.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"{ignored.StatusCode}");
    }

    /// <summary>A request as a TLS-terminating proxy at 127.0.0.1 forwards it: plain HTTP, X-Forwarded-Proto https.</summary>
    private static async Task<HttpResponseMessage> GetThroughProxyAsync(Uri app)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request, Token);
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["CalJobs:Web:RequireHttps"] = "true", ["https_port"] = "443" };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }
}
