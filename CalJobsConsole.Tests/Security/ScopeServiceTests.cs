using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Security;

/// <summary>SCO-1: scope read from the database on every call; a change of role or designation takes effect at once.</summary>
public class ScopeServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Current_WhenMisAdministratorIsSignedIn_SeesOnlyTheirOwnLocalArea()
    {
        var scope = await SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId).CurrentAsync();

        Assert.NotNull(scope);
        Assert.True(scope.MayViewArea(World.LocalArea.Id));
        Assert.False(scope.MayViewArea(World.OtherLocalArea.Id));
        Assert.False(scope.MayViewArea(World.Division.Id));
        Assert.Equal("Golden Sierra", scope.AreaLabel);
        Assert.True(Assert.Single(scope.Seats).IsTrained);
    }

    [Fact]
    public async Task Current_WhenOperationsUnitIsSignedIn_SeesEveryArea()
    {
        var scope = await SignedIn.ScopeFor(_database, _stored.OperationsUnitUserId).CurrentAsync();

        Assert.True(scope!.MayViewArea(World.LocalArea.Id));
        Assert.True(scope.MayViewArea(World.OtherLocalArea.Id));
        Assert.Equal("Statewide", scope.AreaLabel);
    }

    [Fact]
    public async Task Current_WhenDirectorIsSignedIn_SeesTheAreaTheyDirect()
    {
        var scope = await SignedIn.ScopeFor(_database, World.LocalDirectorId).CurrentAsync();

        Assert.True(scope!.IsDirector);
        Assert.True(scope.MayViewArea(World.LocalArea.Id));
        Assert.False(scope.MayViewArea(World.Division.Id));
    }

    [Fact]
    public async Task Current_WhenTheAdministratorRoleIsTakenAway_TheSeatGivesNoRightsOnTheNextCall()
    {
        var scopes = SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId);
        Assert.True((await scopes.CurrentAsync())!.MayViewArea(World.LocalArea.Id));

        await SignedIn.RemoveRoleAsync(_database, World.MisAdministrator.PersonId, ConsoleRoles.MisAdministrator);

        var after = await scopes.CurrentAsync();
        Assert.Empty(after!.Seats);
        Assert.False(after.MayViewArea(World.LocalArea.Id));
    }

    [Fact]
    public async Task Current_WhenTheDesignationIsRemoved_TheAreaIsNoLongerTheirsOnTheNextCall()
    {
        var scopes = SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId);
        await using (var db = _database.CreateDbContext())
        {
            var area = await db.Areas.Include(a => a.Designations).Include(a => a.Designees).SingleAsync(a => a.Id == World.LocalArea.Id);
            var designation = area.Designations.Single(d => d.PersonId == World.MisAdministrator.PersonId);
            area.RemoveDesignation(designation.Id, World.LocalDirectorId, World.Clock.Today);
            await db.SaveChangesAsync();
        }

        var scope = await scopes.CurrentAsync();

        Assert.Empty(scope!.Seats);
        Assert.False(scope.MayViewArea(World.LocalArea.Id));
    }

    [Fact]
    public async Task RequireArea_WhenTheAreaIsSomeoneElses_RefusesWithSco1()
    {
        var scopes = SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => scopes.RequireAreaAsync(World.OtherLocalArea.Id));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public async Task RequireOperationsUnit_WhenAnAdministratorAsks_RefusesWithSco1()
    {
        var scopes = SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => scopes.RequireOperationsUnitAsync());

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public async Task Current_WhenNobodyIsSignedIn_IsNullAndRequireAreaRefuses()
    {
        var scopes = SignedIn.ScopeFor(_database, null);

        Assert.Null(await scopes.CurrentAsync());
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => scopes.RequireAreaAsync(World.LocalArea.Id));
    }
}
