using System.Security.Claims;
using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// Rechecks an open circuit's user against the database every <see cref="SessionOptions.RevalidationInterval"/> (at most a minute):
/// a deleted, locked-out (the Operations Unit locked them, or failed sign-ins) or re-stamped user (sign-out anywhere, password
/// reset, deactivation, their last role removed) loses the circuit, as does one whose session outlived
/// <see cref="SessionOptions.AbsoluteLifetime"/>, or whose page was left untouched for <see cref="SessionOptions.IdleTimeout"/>
/// (<see cref="CircuitActivity"/>) — and one whose roles, seats or own account changed since the circuit opened (issue 21): the
/// page they had open was drawn for the rights they had, so it ends and the next one is drawn for the rights they have now.
/// Roles and scope are read per call anyway (ScopeService); this ends what is already on the screen. One tagged read of the
/// user's columns, and the scope's reads, so the periodic check is told apart from what a page reads.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IDbContextFactory<ConsoleDbContext> contexts,
    TimeProvider time, IOptions<IdentityOptions> options, IOptions<SessionOptions> sessions, CircuitActivity activity,
    IServiceProvider services)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>The tag on the revalidation's query (<c>-- circuit revalidation</c> in the SQL).</summary>
    public const string QueryTag = "circuit revalidation";

    private readonly ILogger _logger = loggerFactory.CreateLogger<RevalidatingIdentityStateProvider>();
    private Task<string?>? _rightsAtStart;

    protected override TimeSpan RevalidationInterval => sessions.Value.RevalidationInterval;

    /// <summary>The first ask of the circuit also notes the user's rights as they are now, to compare with at each check.</summary>
    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var state = base.GetAuthenticationStateAsync();
        // Only in a circuit: a prerender's HTTP request reads the scope once already (issue 17), and ends with the response.
        if (_rightsAtStart is null && services.GetService<HttpRequestScope>() is not { IsHttpRequest: true })
            _rightsAtStart = RightsOfAsync(state, CancellationToken.None);
        return state;
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (CurrentUser.IdOf(authenticationState.User) is not { } userId)
            return false;
        if (activity.HasBeenIdleFor(sessions.Value.IdleTimeout))
        {
            _logger.LogInformation("The open page of user {UserId} ends: untouched for {IdleTimeout}.", userId, sessions.Value.IdleTimeout);
            return false;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().TagWith(QueryTag).Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (user is null || (user.LockoutEnabled && user.LockoutEnd > now))
            return false;
        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        if (principalStamp != user.SecurityStamp || sessions.Value.HasExpired(SessionOptions.SignedInAt(authenticationState.User), now))
            return false;
        if (_rightsAtStart is null)
            return true;
        var before = await _rightsAtStart;
        var rights = await RightsOfAsync(Task.FromResult(authenticationState), cancellationToken);
        if (before == rights)
            return true;
        _logger.LogInformation("The open page of user {UserId} ends: their roles, seats or account changed.", userId);
        return false;
    }

    /// <summary>The user's roles, seats and own account as one string (<see cref="UserRights.Of"/>); null for nobody.</summary>
    private async Task<string?> RightsOfAsync(Task<AuthenticationState> state, CancellationToken cancellationToken)
    {
        if (CurrentUser.IdOf((await state).User) is not { } userId)
            return null;
        // Resolved here, not injected: the scope service depends on this provider (through CurrentUser).
        var scopes = services.GetRequiredService<ScopeService>();
        return UserRights.Of(await scopes.ForUserAsync(userId, cancellationToken));
    }
}

/// <summary>What a page drawn for a user depends on: their roles, each seat (area, role, coverage, suspension), the areas they direct and their own account's standing.</summary>
public static class UserRights
{
    public static string Of(UserScope? scope) =>
        scope is null ? "none" : string.Join("|",
            string.Join(",", scope.Roles.Order(StringComparer.Ordinal)),
            string.Join(",", scope.Seats.Select(s => $"{s.AreaId}:{s.Role}:{Coverage(s.Coverage)}:{s.IsSuspended}").Order(StringComparer.Ordinal)),
            string.Join(",", scope.DirectedAreas.Select(a => a.Id.ToString()).Order(StringComparer.Ordinal)),
            $"{scope.StaffAccountId}:{scope.StaffAccountStatus}:{scope.MustChangePassword}");

    private static string Coverage(Domain.Areas.SpocCoverage? coverage) =>
        coverage is null ? "area" : coverage.WholeDivision ? "division" : string.Join("+", coverage.OfficeIds.Order());
}
