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
/// CRD-1 for a new account: the staff member's console sign-in (the Identity user of the account's person, with the Staff
/// role and the temporary password's hash, added to the same unit of work as the account), and after the save the message
/// with username and temporary password to the staff member with a copy to the requestor. The password exists in clear
/// only in memory here, in the delivered message and on the creator's screen once — never in the database, a log or
/// the audit trail.
/// </summary>
public sealed class CredentialIssuer(TemporaryPasswordGenerator passwords, IPasswordHasher<ConsoleUser> hasher, ILookupNormalizer normalizer,
    INotificationSender notifications, BusinessClock clock, ILogger<CredentialIssuer> logger)
{
    /// <summary>
    /// Refused when the username is taken by any console user or account, in any letter case — except by
    /// <paramref name="personId"/>'s own sign-in, whose name becomes the new account's (a supervisor keeping the name they sign in with).
    /// </summary>
    public async Task EnsureUsernameFreeAsync(ConsoleDbContext db, string username, CancellationToken cancellationToken, Guid? personId = null)
    {
        if (username.Trim().Length == 0)
            throw new InvalidInputException("Username", "enter the CalJOBS username.");
        var normalized = normalizer.NormalizeName(username.Trim());
        var taken = await db.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != personId, cancellationToken)
            || await db.StaffAccounts.AnyAsync(a => a.Username.ToUpper() == normalized, cancellationToken);
        if (taken)
            throw new InvalidInputException("Username", $"the username '{username.Trim()}' is taken; choose another.");
    }

    /// <summary>
    /// The person the staff member at <paramref name="email"/> already is, if any: the console user with that address, else the
    /// person of an earlier account with it (an account brought in by the import has no sign-in) — with the account of theirs
    /// that is not deactivated, if there is one (REQ-1 refuses a second). Null for someone new to the console.
    /// </summary>
    public async Task<StaffPerson?> FindPersonAsync(ConsoleDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var lower = email.Trim().ToLowerInvariant();
        var personId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.StaffAccounts.Where(a => a.Staff.Email.ToLower() == lower).OrderByDescending(a => a.CreatedOn)
                .Select(a => (Guid?)a.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (personId is not { } id)
            return null;
        var open = await db.StaffAccounts.Where(a => a.PersonId == id && a.Status != AccountStatus.Deactivated)
            .Select(a => a.Username).FirstOrDefaultAsync(cancellationToken);
        return new StaffPerson(id, open);
    }

    /// <summary>
    /// Gives the account's person their sign-in with the temporary password, in <paramref name="db"/> (saved with the account);
    /// returns the password to deliver. Someone new to the console gets a new sign-in. A person who already has one (a rehire, or
    /// a supervisor, Director or administrator) keeps it, their roles and their lock: CRD-1's temporary password replaces their
    /// password, the sign-in takes the account's username (both in the credential message), they get the Staff role, and the
    /// new security stamp ends their open sessions; an invitation still open is withdrawn, as the temporary password replaces it.
    /// </summary>
    public async Task<IssuedCredential> AddSignInAsync(ConsoleDbContext db, StaffAccount account, CancellationToken cancellationToken)
    {
        var password = passwords.Next();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == account.PersonId, cancellationToken);
        if (user is null)
        {
            user = new ConsoleUser
            {
                Id = account.PersonId,
                Email = account.Staff.Email,
                NormalizedEmail = normalizer.NormalizeEmail(account.Staff.Email),
                EmailConfirmed = true,
                FullName = account.Staff.FullName,
                LockoutEnabled = true,
                ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
        }
        else
        {
            user.AccessFailedCount = 0;
            foreach (var invitation in await db.Invitations.Where(i => i.UserId == user.Id && i.AcceptedAt == null && i.RevokedAt == null)
                         .ToListAsync(cancellationToken))
                invitation.Revoke(clock.UtcNow);
        }
        user.UserName = account.Username;
        user.NormalizedUserName = normalizer.NormalizeName(account.Username);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.PasswordHash = hasher.HashPassword(user, password);
        var staffRole = await db.Roles.Where(r => r.Name == ConsoleRoles.Staff).Select(r => r.Id).SingleAsync(cancellationToken);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == staffRole, cancellationToken))
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = staffRole });
        return new IssuedCredential(account.Id, account.Username, account.Staff.FullName, password,
            account.TemporaryCredential?.ExpiresAt ?? clock.UtcNow + TemporaryCredential.Lifetime);
    }

    /// <summary>
    /// CRD-1 for a password reset: a new temporary password's hash replaces the one on the staff member's existing sign-in
    /// in <paramref name="db"/> (saved with the account), so any earlier password — an unused temporary one included —
    /// stops working at once; the new security stamp ends every open session and cookie, and a lockout after failed
    /// sign-ins is lifted so the new password can be used (a lock the Operations Unit set on the person stays). Returns the
    /// password to deliver.
    /// </summary>
    public async Task<IssuedCredential> ReplaceSignInPasswordAsync(ConsoleDbContext db, StaffAccount account, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == account.PersonId, cancellationToken)
            ?? throw new InvalidInputException("Username", $"the account {account.Username} has no console sign-in to reset.");
        var password = passwords.Next();
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.AccessFailedCount = 0;
        if (!user.IsLockedByOperationsUnit)
            user.LockoutEnd = null;
        return new IssuedCredential(account.Id, account.Username, account.Staff.FullName, password,
            account.TemporaryCredential?.ExpiresAt ?? clock.UtcNow + TemporaryCredential.Lifetime);
    }

    /// <summary>
    /// What the audit trail keeps of a temporary password shown once to whoever issued it (issue 21): for whom, until when, and
    /// that it was shown — never the password itself.
    /// </summary>
    public static object Revealed(IssuedCredential credential) =>
        new { credential.Username, ExpiresAt = credential.ExpiresAt.UtcDateTime, ShownOnceToTheIssuer = true };

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
            await notifications.SendAsync(CredentialMessage.For(credential.Username, new NotificationRecipient(account.Staff.FullName, account.Staff.Email, account.PersonId),
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
