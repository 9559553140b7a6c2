using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.People;

/// <summary>/people (issue 18): every console user, searched, filtered and paged in the database; Operations Unit members added
/// (invited) and removed, never the last; a locked person refused at their next action.</summary>
public class PeopleServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private readonly Features.NewAccounts.RecordingNotificationSender _sent = new();

    private World World => _stored.World;

    private Guid OpsId => _stored.OperationsUnitUserId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private PeopleService People(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), World.Business, TestInvitations.Sender(World.Business, _sent));

    [Fact]
    public async Task List_BySearchAndRole_ShowsTheMatchingPeopleWithTheirRolesAndAreas()
    {
        var morgan = await People(OpsId).ListAsync("morgan", null, 0, Token);
        var requestors = await People(OpsId).ListAsync(null, ConsoleRoles.Requestor, 0, Token);

        var line = Assert.Single(morgan.Lines);
        Assert.Equal([ConsoleRoles.MisAdministrator], line.Roles);
        Assert.Equal([World.LocalArea.Name], line.Areas);
        Assert.Equal([World.RequestorId], requestors.Lines.Select(l => l.Id));
        Assert.Equal(1, requestors.Total);
    }

    [Fact]
    public async Task Export_WithoutAFilter_GivesEveryPersonInBatches()
    {
        var all = await People(OpsId).ListAsync(null, null, 0, Token);

        var scope = (await SignedIn.ScopeFor(_database, OpsId).CurrentAsync(Token))!;
        var exported = await People(OpsId).ExportAsync(scope, null, null, Token).ToListAsync(Token);

        Assert.Equal(all.Total, exported.Count);
        Assert.Equal(exported.Count, exported.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task List_ByAnAdministrator_IsRefusedWithSco1()
    {
        var refused = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(
            () => People(World.MisAdministrator.PersonId).ListAsync(null, null, 0, Token));

        Assert.Contains(refused.BrokenRules, r => r.Code == "SCO-1");
    }

    [Fact]
    public async Task AddOperationsUnitMember_ANewPerson_GetsTheRoleAndAnInvitation()
    {
        var outcome = await People(OpsId).AddOperationsUnitMemberAsync("Otto Second", "otto.second@edd.example.gov", Token);

        Assert.True(outcome.Succeeded, outcome.Problem);
        var otto = Assert.Single((await People(OpsId).ListAsync("otto", null, 0, Token)).Lines);
        Assert.Equal([ConsoleRoles.OperationsUnit], otto.Roles);
        Assert.Equal(InvitationState.Pending, otto.Invitation);
        Assert.Single(_sent.Sent, n => n.Kind == InvitationSender.NotificationKind);
    }

    [Fact]
    public async Task RemoveOperationsUnitMember_TheLastOne_IsRefusedAndTheRoleStays()
    {
        var refused = await People(OpsId).RemoveOperationsUnitMemberAsync(OpsId, Token);

        Assert.Equal("UserId", refused.ProblemField);
        Assert.Contains("last member of the Operations Unit", refused.Problem);
        Assert.True((await SignedIn.ScopeFor(_database, OpsId).CurrentAsync(Token))!.IsOperationsUnit);
    }

    [Fact]
    public async Task Lock_APersonWithAnOpenInvitation_WithdrawsItSoTheLinkCannotGetAroundTheLock()
    {
        Assert.True((await People(OpsId).AddOperationsUnitMemberAsync("Lee Locked", "lee.locked@edd.example.gov", Token)).Succeeded);
        var lee = Assert.Single((await People(OpsId).ListAsync("lee.locked", null, 0, Token)).Lines);

        Assert.True((await People(OpsId).LockAsync(lee.Id, Token)).Succeeded);

        var after = Assert.Single((await People(OpsId).ListAsync("lee.locked", null, 0, Token)).Lines);
        Assert.Equal(InvitationState.Revoked, after.Invitation);
        Assert.True(after.Locked);
    }

    [Fact]
    public async Task Lock_APerson_RefusesTheirNextActionAtOnceAndUnlockGivesItBack()
    {
        var morgan = World.MisAdministrator.PersonId;

        Assert.True((await People(OpsId).LockAsync(morgan, Token)).Succeeded);

        Assert.Null(await SignedIn.ScopeFor(_database, morgan).CurrentAsync(Token));
        Assert.True((await People(OpsId).UnlockAsync(morgan, Token)).Succeeded);
        Assert.NotNull(await SignedIn.ScopeFor(_database, morgan).CurrentAsync(Token));
        await using var db = _database.CreateDbContext();
        Assert.Equal(["user.locked", "user.unlocked"], await db.AuditRecords.Where(a => a.EntityId == morgan).Select(a => a.Action).OrderBy(a => a).ToListAsync(Token));
    }
}
