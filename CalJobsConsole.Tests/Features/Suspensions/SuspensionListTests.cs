using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Lists;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Suspensions;

/// <summary>The suspensions desk lists open accounts a page at a time, filtered, searched and sorted in the database (issue 17).</summary>
public class SuspensionListTests : AccountListTestBase
{
    private SuspensionService Service(Guid userId, IDbContextFactory<CalJobsConsole.App.Data.ConsoleDbContext>? contexts = null) =>
        new(contexts ?? Database, SignedIn.ScopeFor(Database, userId), ListClock.Business, null!);

    [Fact]
    public async Task PageAccounts_WhenSixtyOpenAccountsAndSomeDeactivated_PageTwoHoldsTheNext25OpenOnesReadWithLimitAndOffset()
    {
        var open = await StoreAllAsync(Enumerable.Range(0, 60).Select(_ => World.CreateAccount()));
        var deactivated = await StoreAllAsync(Enumerable.Range(0, 3).Select(_ => Deactivated(World.CreateAccount())));
        var contexts = new CapturingContextFactory(Database);

        var page = await Service(Stored.OperationsUnitUserId, contexts).PageAccountsAsync(new AccountListFilter(Sort: "username", Page: "2"), Token);

        Assert.Equal(60, page.Total);
        Assert.Equal(3, page.PageCount);
        Assert.Equal(ByUsername(open).Skip(25).Take(25), page.Lines.Select(l => l.Username));
        Assert.DoesNotContain(page.Lines, l => deactivated.Any(d => d.Id == l.Id));
        var select = Assert.Single(contexts.Commands, c => c.Contains("FROM \"StaffAccounts\"") && !c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LIMIT @", select);
        Assert.Contains("OFFSET @", select);
        Assert.Single(contexts.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PageAccounts_WhenFilteredByCauseStatusAreaAndSearch_CountsAndPagesOnlyTheMatchingAccounts()
    {
        await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => World.CreateAccount()));
        var byOperations = await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => Suspended(World.CreateAccount())));
        var wsb = await StoreAllAsync(Enumerable.Range(0, 3).Select(_ => World.CreateAccount(wsb: true)));
        var service = Service(Stored.OperationsUnitUserId);

        var operations = await service.PageAccountsAsync(new AccountListFilter(Suspension: "operations", Sort: "username", Desc: "true", Page: "2"), Token);
        var suspended = await service.PageAccountsAsync(new AccountListFilter(Status: "Suspended"), Token);
        var overdue = await service.PageAccountsAsync(new AccountListFilter(Suspension: "overdue"), Token);
        var division = await service.PageAccountsAsync(new AccountListFilter(Area: World.Division.Id.ToString()), Token);
        var searched = await service.PageAccountsAsync(new AccountListFilter(Q: byOperations[7].Username.ToUpperInvariant()), Token);

        Assert.Equal(30, operations.Total);
        Assert.Equal(ByUsername(byOperations).AsEnumerable().Reverse().Skip(25), operations.Lines.Select(l => l.Username));
        Assert.All(operations.Lines, l => Assert.Equal(SuspensionCause.OperationsUnit, l.SuspensionCause));
        Assert.Equal(30, suspended.Total);
        Assert.Equal(0, overdue.Total);
        Assert.Equal(wsb.Select(a => a.Id).Order(), division.Lines.Select(l => l.Id).Order());
        Assert.Equal([byOperations[7].Id], searched.Lines.Select(l => l.Id));
        Assert.Equal("Misuse under review", searched.Lines[0].SuspensionNote);
    }

    [Fact]
    public async Task PageAccounts_WhenAnAdministratorAsks_RefusesWithSco1()
    {
        await StoreAsync(World.CreateAccount());

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            Service(World.MisAdministrator.PersonId).PageAccountsAsync(new AccountListFilter(), Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }

    [Fact]
    public async Task ListAdministrators_WhenTheOperationsUnitAsks_ListsEverySeatByAreaAndNameAndRefusesOthersWithSco1()
    {
        var seats = await Service(Stored.OperationsUnitUserId).ListAdministratorsAsync(Token);

        Assert.Equal([("Golden Sierra", "Morgan MIS"), ("WSB Northern Division", "Sky SPOC")], seats.Select(s => (s.AreaName, s.Name)));
        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(World.Spoc.PersonId).ListAdministratorsAsync(Token));
        Assert.Equal(["SCO-1"], refusal.Codes);
    }

    private static StaffAccount Suspended(StaffAccount account)
    {
        account.SuspendByOperationsUnit("Misuse under review");
        return account;
    }

    private StaffAccount Deactivated(StaffAccount account)
    {
        var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: World.Clock.Today));
        account.Deactivate(request, World.MisAdministrator, World.FullEvidence(request), World.Business);
        return account;
    }
}
