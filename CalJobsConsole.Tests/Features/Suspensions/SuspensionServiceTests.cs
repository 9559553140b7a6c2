using CalJobsConsole.App.Features.Home;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Suspensions;

/// <summary>REV-1 at the Operations Unit's desk: suspend and lift, for administrators and staff accounts; audited, Operations-Unit-only, with a reason.</summary>
public class SuspensionServiceTests : IAsyncLifetime
{
    private const string Automation = "Ran a script against CalJOBS (Use of Automation).";
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private TestUsers _users = null!;
    private StaffAccount _account = null!;

    private World World => _stored.World;

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
        _users = new TestUsers(_database);
        _account = World.CreateAccount();
        await using var db = _database.CreateDbContext();
        db.StaffAccounts.Add(_account);
        await db.SaveChangesAsync(Token);
        await SignedIn.AddUserAsync(_database, _account.Id, "Pat Staff", ConsoleRoles.Staff);
        await using var users = _database.CreateDbContext();
        (await users.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp = "before";
        await users.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _users.DisposeAsync();
        await _database.DisposeAsync();
    }

    private SuspensionService ServiceFor(Guid userId) => new(_database, SignedIn.ScopeFor(_database, userId), World.Business, _users.Manager);

    private SuspensionService Operations => ServiceFor(_stored.OperationsUnitUserId);

    private Guid MisDesignationId => World.LocalArea.ActiveDesignations.Single(d => d.PersonId == World.MisAdministrator.PersonId).Id;

    [Fact]
    public async Task SuspendAdministrator_WhenTheOperationsUnitGivesAReason_SuspendsTheSeatAndAuditsIt()
    {
        Assert.True((await Operations.SuspendAdministratorAsync(MisDesignationId, Automation, Token)).Succeeded);

        await using var db = _database.CreateDbContext();
        var designation = await db.Designations.SingleAsync(d => d.Id == MisDesignationId, Token);
        Assert.True(designation.IsSuspended);
        Assert.True(designation.IsActive);
        Assert.Equal(Automation, designation.SuspensionReason);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == MisDesignationId, Token);
        Assert.Equal("AdministratorSuspended", audit.Action);
        Assert.Equal(_stored.OperationsUnitUserId, audit.ActorId);
        Assert.Contains("\"SuspendedOn\":null", audit.Before);
        Assert.Contains("Use of Automation", audit.After);
    }

    [Fact]
    public async Task SuspendAdministrator_WhenDone_TheSeatShowsTheSuspensionAndTheDomainActorIsRefusedRev1()
    {
        Assert.True((await Operations.SuspendAdministratorAsync(MisDesignationId, Automation, Token)).Succeeded);

        var scope = await SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId).CurrentAsync(Token);
        var seat = Assert.Single(scope!.Seats);
        Assert.True(seat.IsSuspended);
        Assert.Equal(Automation, seat.SuspensionReason);
        await using var db = _database.CreateDbContext();
        var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.LocalArea.Id, Token);
        var request = World.Submit(World.NewAccountForm());
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            request.Approve(area.ActorFor(World.MisAdministrator.PersonId)!, TestSignatures.Approval(area.ActorFor(World.MisAdministrator.PersonId)!, World.Business), World.Business, World.Policy));
        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public async Task SuspendAdministrator_WhenAnAdministratorTries_RefusesWithSco1AndChangesNothing()
    {
        var outcome = await ServiceFor(World.Spoc.PersonId).SuspendAdministratorAsync(MisDesignationId, Automation, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.False((await db.Designations.SingleAsync(d => d.Id == MisDesignationId, Token)).IsSuspended);
        Assert.Empty(await db.AuditRecords.ToListAsync(Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task SuspendAdministrator_WhenNoReasonIsGiven_RefusesNamingReasonAndChangesNothing(string? reason)
    {
        var outcome = await Operations.SuspendAdministratorAsync(MisDesignationId, reason, Token);

        Assert.Equal("Reason", outcome.ProblemField);
        await using var db = _database.CreateDbContext();
        Assert.False((await db.Designations.SingleAsync(d => d.Id == MisDesignationId, Token)).IsSuspended);
        Assert.Empty(await db.AuditRecords.ToListAsync(Token));
    }

    [Fact]
    public async Task LiftAdministratorSuspension_WhenSuspended_RestoresTheSeatAndAuditsIt()
    {
        Assert.True((await Operations.SuspendAdministratorAsync(MisDesignationId, Automation, Token)).Succeeded);

        Assert.True((await Operations.LiftAdministratorSuspensionAsync(MisDesignationId, Token)).Succeeded);

        var scope = await SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId).CurrentAsync(Token);
        Assert.False(Assert.Single(scope!.Seats).IsSuspended);
        await using var db = _database.CreateDbContext();
        Assert.Equal(["AdministratorSuspended", "AdministratorSuspensionLifted"],
            await db.AuditRecords.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Token));
    }

    [Fact]
    public async Task LiftAdministratorSuspension_WhenARequestorTries_RefusesWithSco1()
    {
        Assert.True((await Operations.SuspendAdministratorAsync(MisDesignationId, Automation, Token)).Succeeded);

        var outcome = await ServiceFor(World.RequestorId).LiftAdministratorSuspensionAsync(MisDesignationId, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.True((await db.Designations.SingleAsync(d => d.Id == MisDesignationId, Token)).IsSuspended);
    }

    [Fact]
    public async Task SuspendAccount_WhenTheOperationsUnitGivesAReason_SuspendsAuditsAndEndsTheStaffSessions()
    {
        Assert.True((await Operations.SuspendAccountAsync(_account.Id, Automation, Token)).Succeeded);

        await using var db = _database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == _account.Id, Token);
        Assert.Equal(AccountStatus.Suspended, account.Status);
        Assert.Equal(SuspensionCause.OperationsUnit, account.SuspensionCause);
        Assert.NotEqual("before", (await db.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == _account.Id, Token);
        Assert.Equal("StaffAccountSuspended", audit.Action);
        Assert.Contains("PendingFirstSignIn", audit.Before);
        Assert.Contains("Suspended", audit.After);
    }

    [Fact]
    public async Task SuspendAccount_WhenDone_TheStaffMembersOwnAccountViewIsRefusedWithRev1()
    {
        Assert.True((await Operations.SuspendAccountAsync(_account.Id, Automation, Token)).Succeeded);

        var scope = await SignedIn.ScopeFor(_database, _account.Id).CurrentAsync(Token);
        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            new HomeService(_database, World.Business).OwnAccountAsync(scope!, Token));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public async Task SuspendAccount_WhenAnAdministratorTries_RefusesWithSco1AndChangesNothing()
    {
        var outcome = await ServiceFor(World.MisAdministrator.PersonId).SuspendAccountAsync(_account.Id, Automation, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.Equal(AccountStatus.PendingFirstSignIn, (await db.StaffAccounts.SingleAsync(a => a.Id == _account.Id, Token)).Status);
        Assert.Equal("before", (await db.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp);
        Assert.Empty(await db.AuditRecords.ToListAsync(Token));
    }

    [Fact]
    public async Task SuspendAccount_WhenNoReasonIsGiven_RefusesNamingReasonAndChangesNothing()
    {
        var outcome = await Operations.SuspendAccountAsync(_account.Id, "  ", Token);

        Assert.Equal("Reason", outcome.ProblemField);
        await using var db = _database.CreateDbContext();
        Assert.Equal(AccountStatus.PendingFirstSignIn, (await db.StaffAccounts.SingleAsync(a => a.Id == _account.Id, Token)).Status);
        Assert.Equal("before", (await db.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp);
    }

    [Fact]
    public async Task LiftAccountSuspension_WhenSuspendedByTheOperationsUnit_RestoresAccessAndTheOwnAccountView()
    {
        Assert.True((await Operations.SuspendAccountAsync(_account.Id, Automation, Token)).Succeeded);
        string? stampWhileSuspended;
        await using (var db = _database.CreateDbContext())
            stampWhileSuspended = (await db.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp;

        Assert.True((await Operations.LiftAccountSuspensionAsync(_account.Id, Token)).Succeeded);

        await using var after = _database.CreateDbContext();
        Assert.Equal(AccountStatus.PendingFirstSignIn, (await after.StaffAccounts.SingleAsync(a => a.Id == _account.Id, Token)).Status);
        Assert.NotEqual(stampWhileSuspended, (await after.Users.SingleAsync(u => u.Id == _account.Id, Token)).SecurityStamp);
        Assert.Equal("StaffAccountSuspensionLifted", (await after.AuditRecords.OrderBy(a => a.Id).LastAsync(Token)).Action);
        var scope = await SignedIn.ScopeFor(_database, _account.Id).CurrentAsync(Token);
        Assert.NotNull(await new HomeService(_database, World.Business).OwnAccountAsync(scope!, Token));
    }
}
