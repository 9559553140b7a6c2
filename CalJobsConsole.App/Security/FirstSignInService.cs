using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>What a correct password may do now: sign in (and first set a new password), or nothing, for the reasons given.</summary>
public sealed record SignInCheck(IReadOnlyList<BrokenRule> Refusals, bool MustChangePassword)
{
    public bool Allowed => Refusals.Count == 0;
}

/// <summary>
/// CRD-1 at the door. After Identity has checked the password, and before the cookie is issued: a staff account still on
/// its temporary password may sign in with it once, before 24 hours have passed since issue, and must then set a new
/// password before anything else, also within those 24 hours; a suspended or deactivated account may not sign in at all
/// (REV-1, DEA-1) — unless the person holds another role too, whose work a closed account does not stop. Users without a
/// staff account (administrators, requestors, the Operations Unit) are not affected. A person's account here is their current
/// one (<see cref="CurrentAccount"/>): a rehire's new account, not the deactivated one.
/// </summary>
public sealed class FirstSignInService(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, INotificationSender notifications)
{
    public async Task<SignInCheck> CheckAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await CurrentAccount(db.StaffAccounts, userId).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
            return new SignInCheck([], false);
        var standing = BusinessRules.Evaluate(new AccountMustNotBeDeactivatedRule(account), new AccountMustNotBeSuspendedRule(account));
        if (standing.Count > 0)
            return await HoldsAnotherRoleAsync(db, userId, cancellationToken) ? new SignInCheck([], false) : new SignInCheck(standing, false);
        if (account.TemporaryCredential is not { IsUsed: false })
            return account.MustChangePassword
                // Signed in with it once and left before setting a password: a temporary password works once (CRD-1).
                ? new SignInCheck(account.TemporarySignInEligibility(clock), false)
                : new SignInCheck([], false);
        // The first sign-in: valid up to, not including, 24:00:00 after issue, and only once.
        var refusals = account.TemporarySignInEligibility(clock);
        if (refusals.Count > 0)
            return new SignInCheck(refusals, false);
        account.SignInWithTemporaryPassword(clock);
        db.Audit(clock, userId, "StaffAccount.SignedInWithTemporaryPassword", nameof(StaffAccount), account.Id, account.AreaId, null,
            new { account.TemporaryCredential!.UsedAt, account.MustChangePassword });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sign-in with the same password (or a reset, the expiry, a suspension) was saved first: the answer is
            // what the account says now — a temporary password that was used once is refused (CRD-1).
            return await CheckAsync(userId, cancellationToken);
        }
        // Used: the copy kept for an undelivered in-app message has served its purpose.
        await notifications.RemoveSecretsAsync(account.Id, cancellationToken);
        return new SignInCheck([], true);
    }

    /// <summary>CRD-1: every reason the signed-in user may not set their own password now (the temporary one expired meanwhile).</summary>
    public async Task<IReadOnlyList<BrokenRule>> PasswordChangeEligibilityAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await CurrentAccount(db.StaffAccounts.AsNoTracking(), userId).FirstOrDefaultAsync(cancellationToken);
        return account is { MustChangePassword: true } ? account.PasswordChangeEligibility(clock) : [];
    }

    /// <summary>Whether the user still owes the password change (read from the database on every call).</summary>
    public async Task<bool> MustChangePasswordAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CurrentAccount(db.StaffAccounts, userId).Select(a => a.MustChangePassword).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The staff member has set their own password in Identity: the account becomes active and the kept secret is removed.</summary>
    public async Task CompleteAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await CurrentAccount(db.StaffAccounts, userId).FirstOrDefaultAsync(cancellationToken);
        if (account is null || !account.MustChangePassword)
            return;
        var before = new { Status = account.Status.ToString(), account.MustChangePassword, account.ActivatedOn };
        account.CompletePasswordChange(clock);
        db.Audit(clock, userId, "StaffAccount.PasswordSet", nameof(StaffAccount), account.Id, account.AreaId, before,
            new { Status = account.Status.ToString(), account.MustChangePassword, account.ActivatedOn });
        await db.SaveChangesAsync(cancellationToken);
        await notifications.RemoveSecretsAsync(account.Id, cancellationToken);
    }

    /// <summary>The person's current account: the one not deactivated (a person holds at most one), else their latest.</summary>
    public static IQueryable<StaffAccount> CurrentAccount(IQueryable<StaffAccount> accounts, Guid personId) =>
        accounts.Where(a => a.PersonId == personId).OrderBy(a => a.Status == AccountStatus.Deactivated).ThenByDescending(a => a.CreatedOn);

    private static Task<bool> HoldsAnotherRoleAsync(ConsoleDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId && role.Name != ConsoleRoles.Staff
         select role.Id).AnyAsync(cancellationToken);
}
