namespace CalJobsConsole.App.Security;

/// <summary>
/// CRD-1 for page loads: a user who signed in with a temporary password and has not set their own yet is sent to
/// the password change from every page and download. Read from the database on each request; the feature services
/// refuse the same user too (<see cref="ScopeService"/>), so an open circuit gains nothing.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsGuarded(context) && CurrentUser.IdOf(context.User) is { } userId
                && await context.RequestServices.GetRequiredService<FirstSignInService>().MustChangePasswordAsync(userId, context.RequestAborted))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }
            await next();
        });

    /// <summary>A signed-in page load or download — not the Account pages (sign-in, the change itself, sign-out), the circuit or a static file.</summary>
    private static bool IsGuarded(HttpContext context)
    {
        var request = context.Request;
        if (context.User.Identity?.IsAuthenticated != true || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            return false;
        var path = request.Path.Value ?? "/";
        return !path.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWith("/_", StringComparison.Ordinal)
            && !Path.HasExtension(path);
    }
}
