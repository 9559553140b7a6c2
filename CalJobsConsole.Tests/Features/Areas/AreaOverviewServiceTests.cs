using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Areas;

/// <summary>The area overview: seats "n of cap", offices and account counts, for the area's own people and the Operations Unit only (SCO-1).</summary>
public class AreaOverviewServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
        var account = World.CreateAccount();
        await using var db = _database.CreateDbContext();
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private AreaOverviewService ServiceFor(Guid userId) => new(_database, SignedIn.ScopeFor(_database, userId), World.Business);

    [Fact]
    public async Task Get_WhenTheAreasOwnAdministratorAsks_ShowsSeatsOfCapOfficesAndAccounts()
    {
        var overview = await ServiceFor(World.MisAdministrator.PersonId).GetAsync(World.LocalArea.Id);

        Assert.NotNull(overview);
        Assert.Equal("1 of 3 MIS Administrators", overview.SeatsLabel);
        Assert.Equal("Morgan MIS", Assert.Single(overview.Seats).Name);
        Assert.Equal(["Auburn AJCC", "Roseville EDD Office"], overview.Offices.Select(o => o.Name));
        Assert.Equal(1, overview.Offices.Single(o => o.Name == "Auburn AJCC").AccountCount);
        Assert.Equal(1, overview.AccountsByStatus[AccountStatus.PendingFirstSignIn]);
        Assert.Equal("Dana Director", overview.DirectorName);
    }

    [Fact]
    public async Task Get_WhenTheAreasOwnAdministratorAsks_ListsTheAreasAccountsToOpen()
    {
        var accounts = await ServiceFor(World.MisAdministrator.PersonId).PageAccountsAsync(World.LocalArea.Id, new(), TestContext.Current.CancellationToken);

        var line = Assert.Single(accounts.Lines);
        Assert.Equal(("Pat Staff", "Auburn AJCC", AccountStatus.PendingFirstSignIn), (line.StaffName, line.OfficeName, line.Status));
    }

    [Fact]
    public async Task Get_WhenTheSpocsCoverageLeavesOutTheAccountsOffice_CountsTheAccountButDoesNotListIt()
    {
        var world = new World();
        var elsewhere = world.Designate(world.Division, "Rory Elsewhere", trained: true, SpocCoverage.Offices([world.OtherOffice.Id]));
        await using var database = await TestDatabase.CreateAsync();
        await StoredWorld.CreateAsync(database, world);
        await SignedIn.AddUserAsync(database, elsewhere.PersonId, elsewhere.Name, ConsoleRoles.CalJobsSpoc);
        await using (var db = database.CreateDbContext())
        {
            db.StaffAccounts.Add(world.CreateAccount(StaffKind.Edd, wsb: true));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var covering = new AreaOverviewService(database, SignedIn.ScopeFor(database, world.Spoc.PersonId), world.Business);
        var partial = new AreaOverviewService(database, SignedIn.ScopeFor(database, elsewhere.PersonId), world.Business);

        Assert.Single((await covering.PageAccountsAsync(world.Division.Id, new(), TestContext.Current.CancellationToken)).Lines);
        Assert.Equal(1, (await partial.GetAsync(world.Division.Id, TestContext.Current.CancellationToken))!.AccountCount);
        var page = await partial.PageAccountsAsync(world.Division.Id, new(), TestContext.Current.CancellationToken);
        Assert.Empty(page.Lines);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Get_WhenAnAdministratorAsksForAnotherArea_RefusesWithSco1AndReturnsNothing()
    {
        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            ServiceFor(World.MisAdministrator.PersonId).GetAsync(World.OtherLocalArea.Id));

        Assert.Equal(["SCO-1"], ex.Codes);
        Assert.DoesNotContain("Sacramento", ex.Message);
    }

    [Fact]
    public async Task Get_WhenTheOperationsUnitAsks_ShowsAnyArea()
    {
        var overview = await ServiceFor(_stored.OperationsUnitUserId).GetAsync(World.Division.Id);

        Assert.Equal("1 of 5 CalJOBS SPOCs", overview!.SeatsLabel);
        Assert.Equal(3, overview.Offices.Count);
    }

    [Fact]
    public async Task ListVisible_WhenAnAdministratorAsks_ListsOnlyTheirArea()
    {
        var areas = await ServiceFor(World.MisAdministrator.PersonId).ListVisibleAsync();

        Assert.Equal([World.LocalArea.Id], areas.Select(a => a.Id));
    }

    [Fact]
    public async Task ListVisible_WhenTheOperationsUnitAsks_ListsEveryArea()
    {
        var areas = await ServiceFor(_stored.OperationsUnitUserId).ListVisibleAsync();

        Assert.Equal(3, areas.Count);
        Assert.Equal(1, areas.Single(a => a.Id == World.LocalArea.Id).AccountCount);
    }
}
