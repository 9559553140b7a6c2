using System.Security.Claims;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Users for service tests without a host: written straight into the test database with their roles, and a
/// <see cref="CurrentUser"/> that says one of them is signed in — all the cookie would say.
/// </summary>
public static class SignedIn
{
    public static CurrentUser As(Guid? userId) => new(new FixedAuthenticationStateProvider(userId));

    public static ScopeService ScopeFor(TestDatabase database, Guid? userId) => new(database, As(userId));

    /// <summary>Adds a user with the given roles (creating the roles as needed) and returns its id.</summary>
    public static async Task<Guid> AddUserAsync(TestDatabase database, string fullName, params string[] roles) =>
        await AddUserAsync(database, Guid.NewGuid(), fullName, roles);

    public static async Task<Guid> AddUserAsync(TestDatabase database, Guid id, string fullName, params string[] roles)
    {
        await using var db = database.CreateDbContext();
        var userName = fullName.ToLowerInvariant().Replace(' ', '.') + "." + id.ToString("N")[..6];
        db.Users.Add(new ConsoleUser { Id = id, UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = fullName, Email = userName + "@example.ca.gov" });
        foreach (var roleName in roles)
        {
            var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == roleName)
                ?? db.Roles.Add(new IdentityRole<Guid>(roleName) { Id = Guid.NewGuid(), NormalizedName = roleName.ToUpperInvariant() }).Entity;
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = role.Id });
            await db.SaveChangesAsync();
        }
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The user's full name on record: what they type to sign a form (issue 20).</summary>
    public static async Task<string> NameOfAsync(TestDatabase database, Guid userId)
    {
        await using var db = database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync();
    }

    public static async Task RemoveRoleAsync(TestDatabase database, Guid userId, string roleName)
    {
        await using var db = database.CreateDbContext();
        var role = await db.Roles.SingleAsync(r => r.Name == roleName);
        db.UserRoles.Remove(await db.UserRoles.SingleAsync(ur => ur.UserId == userId && ur.RoleId == role.Id));
        await db.SaveChangesAsync();
    }

    private sealed class FixedAuthenticationStateProvider(Guid? userId) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(userId is { } id
                ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "Test"))
                : new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
