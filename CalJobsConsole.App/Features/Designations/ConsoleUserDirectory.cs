using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// The console user a designation form or a designee nomination names, found by e-mail or added to the same
/// context (no password: they sign in once someone sets one), so the user, the role and the change save together.
/// </summary>
public static class ConsoleUserDirectory
{
    public static async Task<ConsoleUser> FindOrAddAsync(ConsoleDbContext db, ContactDetails contact, CancellationToken cancellationToken)
    {
        var normalizedEmail = contact.Email.ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        if (user is not null)
            return user;
        user = NewUser(contact, Guid.CreateVersion7());
        db.Users.Add(user);
        return user;
    }

    /// <summary>A console user for <paramref name="contact"/>, signed in by e-mail, with no password yet.</summary>
    public static ConsoleUser NewUser(ContactDetails contact, Guid id)
    {
        var userName = contact.Email.Trim();
        return new ConsoleUser
        {
            Id = id,
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = contact.Email,
            NormalizedEmail = contact.Email.ToUpperInvariant(),
            FullName = contact.FullName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
    }

    public static async Task GrantRoleAsync(ConsoleDbContext db, Guid userId, string roleName, CancellationToken cancellationToken)
    {
        var role = await RoleAsync(db, roleName, cancellationToken);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == role.Id, cancellationToken))
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = role.Id });
    }

    public static async Task RevokeRoleAsync(ConsoleDbContext db, Guid userId, string roleName, CancellationToken cancellationToken)
    {
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == roleName, cancellationToken);
        if (role is not null && await db.UserRoles.SingleOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == role.Id, cancellationToken) is { } link)
            db.UserRoles.Remove(link);
    }

    public static async Task<IdentityRole<Guid>> RoleAsync(ConsoleDbContext db, string roleName, CancellationToken cancellationToken) =>
        await db.Roles.SingleOrDefaultAsync(r => r.Name == roleName, cancellationToken)
        ?? db.Roles.Add(new IdentityRole<Guid>(roleName) { Id = Guid.NewGuid(), NormalizedName = roleName.ToUpperInvariant() }).Entity;
}
