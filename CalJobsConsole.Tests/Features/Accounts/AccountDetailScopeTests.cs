using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Accounts;

/// <summary>SCO-1 for the account detail, read from the database on every call: who sees an account, and the one refusal everyone else gets.</summary>
public class AccountDetailScopeTests : AccountDetailTestBase
{
    [Fact]
    public async Task Account_WhenTheOperationsUnit_ShowsAnyAccount()
    {
        await StoreAsync();

        var lwia = await ServiceFor(Stored.OperationsUnitUserId).AccountAsync(Account.Id, Token);
        var wsb = await ServiceFor(Stored.OperationsUnitUserId).AccountAsync(WsbAccount.Id, Token);

        Assert.Equal(("pat.staff", "jo.wsb"), (lwia.Username, wsb.Username));
    }

    [Fact]
    public async Task Account_WhenAnMisAdministratorOfTheArea_ShowsIt()
    {
        await StoreAsync();

        var account = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        Assert.Equal(Account.Id, account.Id);
    }

    [Fact]
    public async Task Account_WhenASpocWhoseCoverageTakesInTheOffice_ShowsIt()
    {
        var covering = Designate(World.Division, "Casey Covering", SpocCoverage.Offices([World.WsbOnlyOffice.Id]));
        await StoreAsync();
        await AddAdministratorUserAsync(covering);

        var account = await ServiceFor(covering.PersonId).AccountAsync(WsbAccount.Id, Token);

        Assert.Equal("jo.wsb", account.Username);
    }

    [Fact]
    public async Task Account_WhenTheDirectorOfTheArea_ShowsIt()
    {
        await StoreAsync();

        var account = await ServiceFor(Support.World.LocalDirectorId).AccountAsync(Account.Id, Token);

        Assert.Equal(Account.Id, account.Id);
    }

    [Fact]
    public async Task Account_WhenTheSupervisor_ShowsIt()
    {
        await StoreAsync();

        var account = await ServiceFor(World.RequestorId).AccountAsync(Account.Id, Token);

        Assert.Equal(Account.Id, account.Id);
    }

    [Fact]
    public async Task Account_WhenTheStaffMemberThemself_ShowsIt()
    {
        await StoreAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);
        await StoredAccounts.SetOwnPasswordAsync(Database, World, WsbAccount.Id);

        var account = await ServiceFor(Account.Id).AccountAsync(Account.Id, Token);
        var mine = await ServiceFor(Account.Id).MyAccountAsync(Token);

        Assert.Equal(Account.Id, account.Id);
        Assert.Equal(Account.Id, mine!.Id);
    }

    [Fact]
    public async Task Account_WhenAnAdministratorOfAnotherArea_IsRefusedWithSco1AndNoData()
    {
        var other = Designate(World.OtherLocalArea, "Sam Sacramento");
        await StoreAsync();
        await AddAdministratorUserAsync(other);

        await AssertRefusedAsync(other.PersonId, Account.Id);
        await AssertRefusedAsync(World.Spoc.PersonId, Account.Id);
    }

    [Fact]
    public async Task Account_WhenASpocWhoseCoverageLeavesOutTheOffice_IsRefusedWithSco1()
    {
        var elsewhere = Designate(World.Division, "Rory Elsewhere", SpocCoverage.Offices([World.OtherOffice.Id]));
        await StoreAsync();
        await AddAdministratorUserAsync(elsewhere);

        await AssertRefusedAsync(elsewhere.PersonId, WsbAccount.Id);
    }

    [Fact]
    public async Task Account_WhenARequestorWhoIsNotTheSupervisor_IsRefusedWithSco1()
    {
        await StoreAsync();
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        await AssertRefusedAsync(otherRequestor, Account.Id);
    }

    [Fact]
    public async Task Account_WhenTheSupervisorNoLongerHoldsTheRequestorRole_IsRefusedWithSco1()
    {
        await StoreAsync();
        await SignedIn.RemoveRoleAsync(Database, World.RequestorId, ConsoleRoles.Requestor);

        await AssertRefusedAsync(World.RequestorId, Account.Id);
    }

    [Fact]
    public async Task Account_WhenAnotherStaffMember_IsRefusedWithSco1()
    {
        await StoreAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);
        await StoredAccounts.SetOwnPasswordAsync(Database, World, WsbAccount.Id);

        await AssertRefusedAsync(WsbAccount.Id, Account.Id);
    }

    [Fact]
    public async Task Account_WhenTheIdIsUnknown_IsRefusedWithTheSameSco1AsAnAccountOutOfScope()
    {
        await StoreAsync();
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var unknown = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => ServiceFor(Stored.OperationsUnitUserId).AccountAsync(Guid.NewGuid(), Token));
        var outOfScope = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => ServiceFor(otherRequestor).AccountAsync(Account.Id, Token));

        Assert.Equal(["SCO-1"], unknown.Codes);
        Assert.Equal(outOfScope.Message, unknown.Message);
    }

    [Fact]
    public async Task Account_WhenNobodyIsSignedIn_IsRefusedWithSco1()
    {
        await StoreAsync();

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => new AccountDetailService(Database, SignedIn.ScopeFor(Database, null), World.Business).AccountAsync(Account.Id, Token));

        Assert.Equal(["SCO-1"], refused.Codes);
    }

    [Fact]
    public async Task Account_WhenTheStaffMembersOwnAccountIsSuspended_IsRefusedWithRev1WhileTheSupervisorStillSeesIt()
    {
        await StoreAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);
        await StoredAccounts.SetOwnPasswordAsync(Database, World, WsbAccount.Id);
        await using (var db = Database.CreateDbContext())
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.Id == Account.Id, Token);
            account.SuspendByOperationsUnit("Ran a script against CalJOBS.");
            await db.SaveChangesAsync(Token);
        }

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(Account.Id).MyAccountAsync(Token));
        var supervisor = await ServiceFor(World.RequestorId).AccountAsync(Account.Id, Token);

        Assert.Equal(["REV-1"], refused.Codes);
        Assert.Equal("Suspended", supervisor.StatusName);
        Assert.Equal("Ran a script against CalJOBS.", supervisor.SuspensionNote);
    }

    [Fact]
    public async Task MyAccount_WhenTheUserHasNoStaffAccount_ReturnsNull()
    {
        await StoreAsync();

        Assert.Null(await ServiceFor(World.RequestorId).MyAccountAsync(Token));
    }

    /// <summary>SCO-1 and nothing of the account in the message: not its username, not its staff member's name.</summary>
    private async Task AssertRefusedAsync(Guid userId, Guid accountId)
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(userId).AccountAsync(accountId, Token));
        Assert.Equal(["SCO-1"], refused.Codes);
        Assert.DoesNotContain("pat.staff", refused.Message);
        Assert.DoesNotContain("jo.wsb", refused.Message);
        Assert.DoesNotContain("Pat Staff", refused.Message);
        Assert.DoesNotContain("Jo Wsb", refused.Message);
    }
}
