using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.Lists;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Areas;

/// <summary>The area overview's accounts, a page at a time: searched, filtered and sorted in the database, within SCO-1 (issue 17).</summary>
public class AreaOverviewAccountsTests : AccountListTestBase
{
    private AreaOverviewService Service(Guid userId, IDbContextFactory<CalJobsConsole.App.Data.ConsoleDbContext>? contexts = null) =>
        new(contexts ?? Database, SignedIn.ScopeFor(Database, userId), ListClock.Business);

    [Fact]
    public async Task PageAccounts_WhenTheAreaHasSixtyAccounts_PageTwoHoldsTheNext25ByUsernameAndOnlyThisArea()
    {
        var local = await StoreAllAsync(Enumerable.Range(0, 60).Select(_ => World.CreateAccount()));
        await StoreAllAsync(Enumerable.Range(0, 5).Select(_ => World.CreateAccount(wsb: true)));
        var contexts = new CapturingContextFactory(Database);

        var page = await Service(World.MisAdministrator.PersonId, contexts).PageAccountsAsync(World.LocalArea.Id,
            new AccountListFilter(Sort: "username", Page: "2"), Token);

        Assert.Equal(60, page.Total);
        Assert.Equal((2, 3), (page.Page, page.PageCount));
        Assert.Equal(ByUsername(local).Skip(25).Take(25), page.Lines.Select(l => l.Username));
        var select = Assert.Single(contexts.Commands, c => c.Contains("FROM \"StaffAccounts\"") && !c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LIMIT @", select);
        Assert.Contains("OFFSET @", select);
    }

    [Fact]
    public async Task PageAccounts_WhenSearchedFilteredAndSortedDescending_ReturnsTheMatchingRowsInThatOrder()
    {
        var pending = await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => World.CreateAccount()));
        var suspended = await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => Suspended(World.CreateAccount())));
        var service = Service(World.MisAdministrator.PersonId);

        var page = await service.PageAccountsAsync(World.LocalArea.Id, new AccountListFilter(Status: "Suspended", Sort: "username", Desc: "true"), Token);
        var found = await service.PageAccountsAsync(World.LocalArea.Id, new AccountListFilter(Q: pending[3].Username), Token);

        Assert.Equal(30, page.Total);
        Assert.Equal(ByUsername(suspended).AsEnumerable().Reverse().Take(25), page.Lines.Select(l => l.Username));
        Assert.Equal([pending[3].Id], found.Lines.Select(l => l.Id));
        Assert.Equal(1, found.Total);
    }

    [Fact]
    public async Task PageAccounts_WhenTheUrlNamesAnotherArea_StillListsOnlyThisOne()
    {
        var local = await StoreAsync(World.CreateAccount());
        await StoreAsync(World.CreateAccount(wsb: true));

        var page = await Service(Stored.OperationsUnitUserId).PageAccountsAsync(World.LocalArea.Id,
            new AccountListFilter(Area: World.Division.Id.ToString()), Token);

        Assert.Equal([local.Id], page.Lines.Select(l => l.Id));
    }

    [Fact]
    public async Task PageAccounts_WhenAnAdministratorAsksForAnotherArea_RefusesWithSco1()
    {
        await StoreAsync(World.CreateAccount(wsb: true));

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            Service(World.MisAdministrator.PersonId).PageAccountsAsync(World.Division.Id, new AccountListFilter(), Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }

    private static StaffAccount Suspended(StaffAccount account)
    {
        account.SuspendByOperationsUnit("Misuse under review");
        return account;
    }
}
