using System.Security.Claims;
using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// Rechecks an open circuit's user against the database every minute: a deleted, locked-out (the Operations Unit locked them, or
/// failed sign-ins) or re-stamped user (password reset, deactivation, their last role removed) loses the circuit. Roles and scope
/// are read per call anyway (ScopeService). One tagged read of the three columns it needs, so the periodic check is told apart
/// from what a page reads.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IDbContextFactory<ConsoleDbContext> contexts,
    TimeProvider time, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>The tag on the revalidation's query (<c>-- circuit revalidation</c> in the SQL).</summary>
    public const string QueryTag = "circuit revalidation";

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (CurrentUser.IdOf(authenticationState.User) is not { } userId)
            return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().TagWith(QueryTag).Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || (user.LockoutEnabled && user.LockoutEnd > time.GetUtcNow()))
            return false;
        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == user.SecurityStamp;
    }
}
