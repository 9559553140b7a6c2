using CalJobsConsole.App.Features.Lists;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>The accounts list reads one page from the database: LIMIT/OFFSET in the SQL, 25 rows materialised of 60.</summary>
public class AccountListPagingTests : AccountListTestBase
{
    [Fact]
    public async Task Page_WhenSixtyAccountsMatch_ReadsOnlyThePagesRowsWithLimitAndOffset()
    {
        for (var i = 0; i < 60; i++)
            await StoreAsync(World.CreateAccount());
        var contexts = new CapturingContextFactory(Database);

        var page = await Accounts(Stored.OperationsUnitUserId, contexts).PageAsync(new AccountListFilter(Page: "2"), Token);

        Assert.Equal(60, page.Total);
        Assert.Equal(25, page.Lines.Count);
        Assert.Equal(3, page.PageCount);
        var select = Assert.Single(contexts.Commands, c => c.Contains("FROM \"StaffAccounts\"") && !c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LIMIT @", select);
        Assert.Contains("OFFSET @", select);
    }

    [Fact]
    public async Task Page_WhenPagingThroughAllPages_ReturnsEveryAccountOnceInOrder()
    {
        for (var i = 0; i < 60; i++)
            await StoreAsync(World.CreateAccount());
        var accounts = Accounts(Stored.OperationsUnitUserId);

        var pages = new List<AccountListLine>();
        foreach (var number in new[] { "1", "2", "3" })
            pages.AddRange((await accounts.PageAsync(new AccountListFilter(Sort: "username", Page: number), Token)).Lines);

        Assert.Equal(60, pages.Select(l => l.Id).Distinct().Count());
        Assert.Equal(pages.Select(l => l.Username).Order(StringComparer.Ordinal), pages.Select(l => l.Username));
    }

    [Fact]
    public async Task Page_WhenThePageIsPastTheEnd_ShowsTheLastPage()
    {
        for (var i = 0; i < 30; i++)
            await StoreAsync(World.CreateAccount());

        var page = await Accounts(Stored.OperationsUnitUserId).PageAsync(new AccountListFilter(Page: "9"), Token);

        Assert.Equal(2, page.Page);
        Assert.Equal(5, page.Lines.Count);
    }

    [Fact]
    public async Task Page_WhenSortAndStatusAreUnknown_FallsBackWithANoteInsteadOfFailing()
    {
        await StoreAsync(World.CreateAccount());

        var page = await Accounts(Stored.OperationsUnitUserId).PageAsync(new AccountListFilter(Status: "Bogus", Sort: "password; DROP", Page: "x"), Token);

        Assert.Single(page.Lines);
        Assert.Equal(2, page.Notes.Count);
        Assert.Contains(page.Notes, n => n.Contains("Bogus"));
    }
}
