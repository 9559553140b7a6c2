using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>A temporary password just issued: shown once to whoever created the account, then only in the delivered message.</summary>
public sealed record IssuedCredential(Guid AccountId, string Username, string StaffName, string TemporaryPassword, DateTimeOffset ExpiresAt)
{
    /// <summary>Never the password: safe for logs.</summary>
    public override string ToString() => $"Temporary credential for {Username}, expires {ExpiresAt:u}";
}

/// <summary>
/// CRD-1 for a new account: the staff member's console sign-in (Identity user with the account's id, the Staff role
/// and the temporary password's hash, added to the same unit of work as the account), and after the save the message
/// with username and temporary password to the staff member with a copy to the requestor. The password exists in clear
/// only in memory here, in the delivered message and on the creator's screen once — never in the database, a log or
/// the audit trail.
/// </summary>
public sealed class CredentialIssuer(TemporaryPasswordGenerator passwords, IPasswordHasher<ConsoleUser> hasher, ILookupNormalizer normalizer,
    INotificationSender notifications, BusinessClock clock, ILogger<CredentialIssuer> logger)
{
    /// <summary>Refused when the username is taken by any console user or account, in any letter case.</summary>
    public async Task EnsureUsernameFreeAsync(ConsoleDbContext db, string username, CancellationToken cancellationToken)
    {
        if (username.Trim().Length == 0)
            throw new InvalidInputException("Username", "enter the CalJOBS username.");
        var normalized = normalizer.NormalizeName(username.Trim());
        var taken = await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken)
            || await db.StaffAccounts.AnyAsync(a => a.Username.ToUpper() == normalized, cancellationToken);
        if (taken)
            throw new InvalidInputException("Username", $"the username '{username.Trim()}' is taken; choose another.");
    }

    /// <summary>One sign-in per e-mail address: a staff member who already has one gets a privilege update, not a second account.</summary>
    public async Task EnsureEmailFreeAsync(ConsoleDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            throw new InvalidInputException("Email", $"a console user with the e-mail address {email.Trim()} exists already; ask for a privilege update of their account instead.");
    }

    /// <summary>Adds the staff member's sign-in to <paramref name="db"/> (saved with the account); returns the password to deliver.</summary>
    public async Task<IssuedCredential> AddSignInAsync(ConsoleDbContext db, StaffAccount account, CancellationToken cancellationToken)
    {
        var password = passwords.Next();
        var user = new ConsoleUser
        {
            Id = account.Id,
            UserName = account.Username,
            NormalizedUserName = normalizer.NormalizeName(account.Username),
            Email = account.Staff.Email,
            NormalizedEmail = normalizer.NormalizeEmail(account.Staff.Email),
            EmailConfirmed = true,
            FullName = account.Staff.FullName,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        var staffRole = await db.Roles.Where(r => r.Name == ConsoleRoles.Staff).Select(r => r.Id).SingleAsync(cancellationToken);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = staffRole });
        return new IssuedCredential(account.Id, account.Username, account.Staff.FullName, password,
            account.TemporaryCredential?.ExpiresAt ?? clock.UtcNow + TemporaryCredential.Lifetime);
    }

    /// <summary>
    /// CRD-1 for a password reset: a new temporary password's hash replaces the one on the staff member's existing sign-in
    /// in <paramref name="db"/> (saved with the account), so any earlier password — an unused temporary one included —
    /// stops working at once; the new security stamp ends every open session and cookie, and a lockout is lifted so the
    /// new password can be used. Returns the password to deliver.
    /// </summary>
    public async Task<IssuedCredential> ReplaceSignInPasswordAsync(ConsoleDbContext db, StaffAccount account, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == account.Id, cancellationToken)
            ?? throw new InvalidInputException("Username", $"the account {account.Username} has no console sign-in to reset.");
        var password = passwords.Next();
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        return new IssuedCredential(account.Id, account.Username, account.Staff.FullName, password,
            account.TemporaryCredential?.ExpiresAt ?? clock.UtcNow + TemporaryCredential.Lifetime);
    }

    /// <summary>
    /// After the save: the credential message (a new account's, or with <paramref name="isReset"/> a reset's) to the staff
    /// member, copy to the requestor who made <paramref name="request"/>. A failed delivery does not undo the act — the administrator still sees the
    /// password once and can hand it over — so it is logged (without the password) and reported back as false.
    /// </summary>
    public async Task<bool> DeliverAsync(ConsoleDbContext db, IssuedCredential credential, StaffAccount account, AccessRequest request,
        bool isReset, CancellationToken cancellationToken)
    {
        try
        {
            var requestor = await db.Users.AsNoTracking().Where(u => u.Id == request.RequestorId)
                .Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).SingleAsync(cancellationToken);
            await notifications.SendAsync(CredentialMessage.For(credential.Username, new NotificationRecipient(account.Staff.FullName, account.Staff.Email, account.Id),
                requestor, credential.TemporaryPassword, account.TemporaryCredential!.IssuedAt, clock.Zone, account.Id, request.Id, isReset), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The credential message for account {AccountId} was not delivered.", account.Id);
            return false;
        }
    }
}
