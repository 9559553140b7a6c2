using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>CRD-1 under a race: a temporary password opens the console once, even to two sign-ins at the same moment.</summary>
public class FirstSignInConcurrencyTests : NewAccountTestBase
{
    public static TheoryData<int> Rounds => new(Enumerable.Range(1, 3));

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task Check_WhenTwoFirstSignInsWithOneTemporaryPasswordRaceEachOnItsOwnContext_ExactlyOneSucceedsAndTheOtherMeetsCrd1(int round)
    {
        await StoreAsync();
        var (_, account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), $"pat.staff{round}");
        using var race = new RacingContexts(Database, writers: 2, RacingContexts.Changes<StaffAccount>);
        var signIns = new[] { new FirstSignInService(race, World.Business, Notifications), new FirstSignInService(race, World.Business, Notifications) };

        var checks = await Task.WhenAll(signIns.Select(s => Task.Run(() => s.CheckAsync(account.Id, Token), Token)));

        var admitted = Assert.Single(checks, c => c.Allowed);
        Assert.True(admitted.MustChangePassword);
        var refused = Assert.Single(checks, c => !c.Allowed);
        Assert.Equal(["CRD-1"], refused.Refusals.Select(r => r.Code));
        Assert.Contains("already been used", refused.Refusals[0].Reason);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.EntityId == account.Id && r.Action == "StaffAccount.SignedInWithTemporaryPassword", Token));
        Assert.True((await db.StaffAccounts.SingleAsync(a => a.Id == account.Id, Token)).TemporaryCredential!.IsUsed);
    }
}
