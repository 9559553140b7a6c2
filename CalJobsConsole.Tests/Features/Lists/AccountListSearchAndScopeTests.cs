using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>Search is plain text (LIKE wildcards, quotes and markup match only themselves); scope is SCO-1, in the query.</summary>
public class AccountListSearchAndScopeTests : AccountListTestBase
{
    [Theory]
    [InlineData("100%", "ann.percent")]
    [InlineData("zoe_x", "zoe_x")]
    [InlineData("o'brien", "pat.obrien")]
    [InlineData("<script>", "lee.markup")]
    [InlineData("ZOE.X", "zoe.x")]
    [InlineData("'; DROP TABLE StaffAccounts; --", null)]
    [InlineData("%", "ann.percent")]
    [InlineData("\\", null)]
    public async Task Search_WhenTheTextHoldsWildcardsQuotesOrMarkup_MatchesItLiterally(string search, string? expectedUsername)
    {
        await StoreNamedAsync("Ann 100% Sure", "ann.percent");
        await StoreNamedAsync("Ann 1000 Sure", "ann.thousand");
        await StoreNamedAsync("Zoe Under", "zoe_x");
        await StoreNamedAsync("Zoe Dot", "zoe.x");
        await StoreNamedAsync("Pat O'Brien", "pat.obrien");
        await StoreNamedAsync("Lee <script>alert(1)</script>", "lee.markup");
        var accounts = Accounts(Stored.OperationsUnitUserId);

        var page = await accounts.PageAsync(new AccountListFilter(Q: search), Token);

        Assert.Equal(expectedUsername is null ? [] : [expectedUsername], page.Lines.Select(l => l.Username));
        Assert.Equal(6, (await accounts.PageAsync(new AccountListFilter(), Token)).Total);
    }

    [Fact]
    public async Task Page_WhenTheAdministratorIsOfAnotherArea_ListsNoneOfThisAreasAccounts()
    {
        await StoreAsync(World.CreateAccount());
        var wsb = await StoreAsync(World.CreateAccount(wsb: true));

        Assert.Equal([wsb.Id], await IdsAsync(World.Spoc.PersonId, new AccountListFilter()));
        Assert.Empty(await IdsAsync(World.Spoc.PersonId, new AccountListFilter(Area: World.LocalArea.Id.ToString())));
        Assert.Single(await IdsAsync(Support.World.LocalDirectorId, new AccountListFilter()));
    }

    [Fact]
    public async Task Page_WhenTheUserIsARequestor_IsRefusedWithSco1()
    {
        await StoreAsync(World.CreateAccount());

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Accounts(World.RequestorId).PageAsync(new AccountListFilter(), Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }
}
