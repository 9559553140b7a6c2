using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// <c>CalJobs:Web</c>: the console behind a reverse proxy or load balancer (issue 19). Outside Development it requires HTTPS
/// (redirection, HSTS, Secure cookies) unless <see cref="RequireHttps"/> is false (a trial on plain HTTP, or the test hosts);
/// X-Forwarded-For and X-Forwarded-Proto are honoured from the configured proxies only (none configured: loopback only,
/// ASP.NET Core's default).
/// </summary>
public sealed class WebOptions
{
    public const string Section = "CalJobs:Web";

    public bool RequireHttps { get; set; } = true;

    /// <summary>Addresses of the proxies whose forwarded headers are believed ("10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, in CIDR ("10.0.0.0/24").</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public static class WebHardening
{
    public static IServiceCollection AddConsoleWebHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), $"{WebOptions.Section}:KnownProxies must be IP addresses.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), $"{WebOptions.Section}:KnownNetworks must be CIDR networks such as 10.0.0.0/24.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (web.Value.KnownProxies.Length == 0 && web.Value.KnownNetworks.Length == 0)
                return;
            // Configured proxies are the whole list: loopback is trusted only when named.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in web.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in web.Value.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<WebOptions>, IHostEnvironment>(
            (cookie, web, environment) => cookie.Cookie.SecurePolicy = SecurePolicy(web.Value, environment));
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<WebOptions>, IHostEnvironment>(
            (antiforgery, web, environment) => antiforgery.Cookie.SecurePolicy = SecurePolicy(web.Value, environment));
        return services;
    }

    /// <summary>Forwarded headers first; outside Development, unless HTTPS is not required, HSTS and the redirect to HTTPS.</summary>
    public static void UseConsoleWebHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (RequiresHttps(app.Services.GetRequiredService<IOptions<WebOptions>>().Value, app.Environment))
        {
            app.UseHsts();
            // Health probes are answered over plain HTTP even where an HTTPS port is known (a load balancer probes each server
            // directly): only the rest is redirected.
            app.UseWhen(context => !IsHealthProbe(context), branch => branch.UseHttpsRedirection());
            // No HTTPS port to redirect to (none configured, no proxy saying https): say so rather than fail on the Secure
            // cookies further in. Health probes from a load balancer come over plain HTTP and are answered.
            app.Use(async (context, next) =>
            {
                if (context.Request.IsHttps || IsHealthProbe(context))
                {
                    await next();
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(PlainHttpRefused);
            });
        }
    }

    public const string PlainHttpRefused =
        "This console requires HTTPS. Reach it through HTTPS (a reverse proxy that terminates TLS sends X-Forwarded-Proto: https from an " +
        "address in CalJobs:Web:KnownProxies), or, for a trial on plain HTTP only, set CalJobs:Web:RequireHttps to false.";

    private static bool IsHealthProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    public static bool RequiresHttps(WebOptions web, IHostEnvironment environment) => web.RequireHttps && !environment.IsDevelopment();

    private static CookieSecurePolicy SecurePolicy(WebOptions web, IHostEnvironment environment) =>
        RequiresHttps(web, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
