using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CalJobsConsole.App.Components.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /Account/Logout (antiforgery-checked form from the app bar): ends every session of the user, not only this one — a
    /// new security stamp makes every other cookie and open page of theirs fail its next check (issue 21) — then the cookie, back
    /// to sign-in.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (HttpContext http, SignInManager<ConsoleUser> signIn, UserManager<ConsoleUser> users,
            SecurityAudit audit, [FromForm] string? returnUrl) =>
        {
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
                await audit.SignedOutAsync(user.Id, http.Connection.RemoteIpAddress?.ToString());
            }
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        // The open page's activity report (CircuitActivity): the request itself is the point — the cookie slides with it, and
        // the security stamp and absolute lifetime are checked on it like on any request (SecurityStampCheck).
        endpoints.MapPost(CircuitActivity.KeepAlivePath, () => TypedResults.NoContent()).RequireAuthorization();
        return endpoints;
    }
}
