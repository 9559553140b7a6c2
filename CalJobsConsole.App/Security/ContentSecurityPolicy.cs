using System.Security.Cryptography;

namespace CalJobsConsole.App.Security;

/// <summary>
/// Security headers on every response (issue 21, OWASP ASVS V3/V14): a Content-Security-Policy that lets scripts come only from the
/// console itself or carry this response's nonce (the import map is the one inline script), no plug-ins, no other site framing
/// the console (<c>frame-ancestors 'none'</c>, and <c>X-Frame-Options: DENY</c> for older browsers), forms posting only to the
/// console, and no MIME sniffing. Styles allow inline: MudBlazor draws positions and the theme's variables as style attributes
/// and a style element, which cannot run code.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceItem = "caljobs:csp-nonce";

    /// <summary>This response's nonce, for the one inline script the page carries (the import map).</summary>
    public static string NonceOf(HttpContext http) =>
        http.Items.TryGetValue(NonceItem, out var nonce) && nonce is string value ? value : "";

    public static string For(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            // Hex, not base64: a "+" would be written into the page as an entity and read back unchanged only by a browser.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = For(nonce);
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>A file or export that holds personal data: never kept by the browser or a proxy (<c>Cache-Control: no-store</c>).</summary>
    public static void NoStore(this HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
