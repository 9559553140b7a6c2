using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>Each filter of the accounts list returns exactly the accounts it names, decided in the database.</summary>
public class AccountListFilterTests : AccountListTestBase
{
    [Fact]
    public async Task Renewal_WhenDueWithin30DaysOrPassed_ListsExactlyThoseAccounts()
    {
        var first = await StoreAsync(World.CreateAccount());
        World.Clock.AdvanceDays(25);
        var second = await StoreAsync(World.CreateAccount());
        var ops = Stored.OperationsUnitUserId;

        ListClock.SetDate(first.RenewalDueOn.AddDays(-10));
        Assert.Equal([first.Id], await IdsAsync(ops, new AccountListFilter(Renewal: "due30")));
        Assert.Empty(await IdsAsync(ops, new AccountListFilter(Renewal: "overdue")));

        ListClock.SetDate(first.RenewalDueOn.AddDays(1));
        Assert.Equal([second.Id], await IdsAsync(ops, new AccountListFilter(Renewal: "due30")));
        Assert.Equal([first.Id], await IdsAsync(ops, new AccountListFilter(Renewal: "overdue")));
    }

    [Fact]
    public async Task StatusAndArea_WhenFiltered_ListExactlyTheMatchingAccounts()
    {
        var pending = await StoreAsync(World.CreateAccount());
        var suspended = await StoreAsync(World.CreateAccount(), a => a.SuspendByOperationsUnit("Misuse under review"));
        var wsb = await StoreAsync(World.CreateAccount(wsb: true));
        var ops = Stored.OperationsUnitUserId;

        Assert.Equal([suspended.Id], await IdsAsync(ops, new AccountListFilter(Status: "suspended")));
        Assert.Equal(new[] { pending.Id, wsb.Id }.Order(), (await IdsAsync(ops, new AccountListFilter(Status: "PendingFirstSignIn"))).Order());
        Assert.Equal([wsb.Id], await IdsAsync(ops, new AccountListFilter(Area: World.Division.Id.ToString())));
    }

    [Fact]
    public async Task TempPassword_WhenWaiting_ListsOnlyUnusedUnexpiredOnes()
    {
        await StoreAsync(World.CreateAccount());
        World.Clock.AdvanceDays(3);
        var fresh = await StoreAsync(World.CreateAccount());
        ListClock.Time.SetUtcNow(World.Clock.UtcNow.AddHours(1));

        Assert.Equal([fresh.Id], await IdsAsync(Stored.OperationsUnitUserId, new AccountListFilter(TempPassword: "waiting")));
    }

    [Fact]
    public async Task Deactivation_WhenScheduledOrLate_ListsExactlyThoseAccounts()
    {
        await StoreAsync(World.CreateAccount());
        var scheduled = await StoreAsync(World.CreateAccount(), a => Deactivate(a, World.Clock.Today.AddDays(10)));
        var late = World.CreateAccount();
        World.Clock.AdvanceDays(20);
        await StoreAsync(late, a => Deactivate(a, World.Clock.Today.AddDays(-5)));
        var ops = Stored.OperationsUnitUserId;
        ListClock.SetDate(World.Clock.Today);

        Assert.Equal([scheduled.Id], await IdsAsync(ops, new AccountListFilter(Deactivation: "scheduled")));
        // The scheduled one's separation date passed without the deactivation being carried out: late too.
        Assert.Equal(new[] { scheduled.Id, late.Id }.Order(), (await IdsAsync(ops, new AccountListFilter(Deactivation: "late"))).Order());
    }

    private void Deactivate(StaffAccount account, DateOnly separationDate)
    {
        var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: separationDate));
        account.Deactivate(request, World.MisAdministrator, World.FullEvidence(request), World.Business);
    }
}
