using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// DEA-1 on every request: the sign-in cookie holds only until the user's security stamp changes (a deactivation, a password
/// reset), checked against the database with one read by primary key — so a closed account's open sessions end at once.
/// <para>
/// Replaces Identity's <c>SecurityStampValidator</c>, which at an interval of zero also rebuilt the principal (user, roles,
/// claims, role claims: five commands) and re-issued the cookie on every request, static files included: ~115 commands for
/// one page visit, all of it before the page's own first query (issue 17). The console trusts the cookie for who the user is
/// and nothing else (<see cref="ScopeService"/> reads roles and seats per call), so there is no principal to refresh.
/// Static assets (the endpoints of <c>MapStaticAssets</c>: style sheets, scripts, images) hold no data and are not checked.
/// </para>
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            return;
        var stampClaimType = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var claimed = context.Principal?.FindFirst(stampClaimType)?.Value;
        if (context.Principal is { } principal && CurrentUser.IdOf(principal) is { } userId && claimed is not null)
        {
            var contexts = http.RequestServices.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var stamp = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(http.RequestAborted);
            var sessions = http.RequestServices.GetRequiredService<IOptions<SessionOptions>>().Value;
            var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            // CalJobs:Sessions:AbsoluteLifetime: however active, a session ends that long after its sign-in.
            if (stamp == claimed && !sessions.HasExpired(SessionOptions.SignedInAt(principal), now))
                return;
        }
        context.RejectPrincipal();
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
