namespace CalJobsConsole.App.Security;

/// <summary>
/// Says whether the services of this DI scope serve one HTTP request (a page's prerender, an endpoint) rather than a circuit,
/// which lives as long as its tab. Middleware marks the request's own scope (<see cref="UseHttpRequestScope"/>); Blazor makes
/// each circuit's scope itself, so a circuit's is never marked.
/// </summary>
public sealed class HttpRequestScope
{
    public bool IsHttpRequest { get; private set; }

    /// <summary>Marks every request's scope, the re-executed not-found page's included (it gets a scope of its own).</summary>
    public static IApplicationBuilder UseHttpRequestScope(IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<HttpRequestScope>().IsHttpRequest = true;
            return next(context);
        });
}
