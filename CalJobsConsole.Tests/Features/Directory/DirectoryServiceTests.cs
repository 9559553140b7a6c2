using CalJobsConsole.App.Features.Directory;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Directory;

/// <summary>The directory: every area's active administrators and how to reach them, for everyone signed in.</summary>
public class DirectoryServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var world = new World();
        // A former administrator whose designation was removed must not be listed.
        var former = world.Designate(world.LocalArea, "Lane Former", trained: true);
        var designation = world.LocalArea.ActiveDesignations.Single(d => d.PersonId == former.PersonId);
        world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, world.Clock.Today, "Left the agency.");
        world.Division.SetSpocCoverage(world.Division.ActiveDesignations.Single().Id, SpocCoverage.Offices([world.WsbOnlyOffice.Id]), [world.WsbOnlyOffice]);
        _stored = await StoredWorld.CreateAsync(_database, world);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private DirectoryService ServiceFor(Guid? userId) => new(_database, SignedIn.ScopeFor(_database, userId));

    [Fact]
    public async Task Search_WhenARequestorAsks_ListsEveryAreaWithOnlyActiveAdministratorsAndTheirContacts()
    {
        var areas = await ServiceFor(World.RequestorId).SearchAsync();

        Assert.Equal(["Golden Sierra", "Sacramento", "WSB Northern Division"], areas.Select(a => a.Name));
        var local = areas.Single(a => a.Id == World.LocalArea.Id);
        var morgan = Assert.Single(local.Contacts);
        Assert.Equal("Morgan MIS", morgan.Name);
        Assert.Equal("morgan.mis@example.ca.gov", morgan.Email);
        Assert.Equal("Whole Local Area", morgan.Coverage);
        Assert.Equal("Roseville EDD Office", areas.Single(a => a.Id == World.Division.Id).Contacts.Single().Coverage);
        Assert.Empty(areas.Single(a => a.Id == World.OtherLocalArea.Id).Contacts);
    }

    [Fact]
    public async Task Search_WhenTheTermNamesAnOffice_ListsOnlyTheSpocsCoveringIt()
    {
        var areas = await ServiceFor(World.RequestorId).SearchAsync("roseville");

        var area = Assert.Single(areas);
        Assert.Equal("WSB Northern Division", area.Name);
        Assert.Equal("Sky SPOC", Assert.Single(area.Contacts).Name);
    }

    [Fact]
    public async Task Search_WhenTheTermNamesAFormerAdministrator_FindsNothing()
    {
        Assert.Empty(await ServiceFor(World.RequestorId).SearchAsync("Lane Former"));
    }

    [Fact]
    public async Task Search_WhenNobodyIsSignedIn_RefusesWithSco1()
    {
        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(null).SearchAsync());

        Assert.Equal(["SCO-1"], ex.Codes);
    }
}
