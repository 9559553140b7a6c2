using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// A staff account created the whole way and saved with its history: the new-account request submitted, approved an
/// hour later by the area's administrator, its evidence uploaded and the account created another hour later — the
/// clock moves on an hour after each step, so the timeline has an order to check.
/// </summary>
public static class StoredAccounts
{
    public static async Task<(AccessRequest Request, StaffAccount Account)> CreateAsync(TestDatabase database, World world,
        AccessRequestForm form, string username, params string[] extraPrivilegeCodes)
    {
        var request = world.Submit(form);
        world.Clock.Advance(TimeSpan.FromHours(1));
        request.Approve(world.AdministratorFor(form), TestSignatures.Approval(world.AdministratorFor(form), world.Business), world.Business, world.Policy);
        world.Clock.Advance(TimeSpan.FromHours(1));
        var evidence = world.FullEvidence(request);
        var grant = new NewAccountGrant(request, username, world.Groups.Single(g => g.Id == form.RequestedGroupId),
            extraPrivilegeCodes.Select(world.Privilege).ToList(), evidence);
        var account = StaffAccount.Create(grant, world.AdministratorFor(form), world.Business, world.Policy);
        world.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = database.CreateDbContext();
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(evidence);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (request, account);
    }

    /// <summary>The staff member signed in once with the temporary password and set their own (CRD-1): the account is active.</summary>
    public static async Task SetOwnPasswordAsync(TestDatabase database, World world, Guid accountId)
    {
        await using var db = database.CreateDbContext();
        var account = db.StaffAccounts.Single(a => a.Id == accountId);
        account.SignInWithTemporaryPassword(world.Business);
        account.CompletePasswordChange(world.Business);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
