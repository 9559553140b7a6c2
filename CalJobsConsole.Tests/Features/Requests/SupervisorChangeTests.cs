using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Features.Dashboards;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>
/// Supervisors change (issue 18, REQ-2): when the supervisor's registration ends, their staff's open accounts are "without a
/// supervisor" on the administrator's desk until an administrator reassigns each to a requestor registered for its office, who
/// then files its requests — and the former supervisor no longer can.
/// </summary>
public class SupervisorChangeTests : RequestIntakeTestBase
{
    private Guid AdministratorId => World.MisAdministrator.PersonId;

    private SupervisorService Supervisors(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    private RequestorService Requestors(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, TestInvitations.Sender(World.Business));

    [Fact]
    public async Task SupervisorLeaves_StaffAreWithoutASupervisorUntilReassignedAndTheNewSupervisorFilesTheirRequests()
    {
        var salId = await RegisterAsync("Sal Successor", "sal.successor@agency.example.gov");
        Assert.Equal(0, (await Supervisors(AdministratorId).ListWithoutSupervisorAsync(World.LocalArea.Id, Token)).Count);

        Assert.True((await Requestors(AdministratorId).EndAsync(World.LocalArea.Id, World.RequestorId, Token)).Succeeded);

        var without = await Supervisors(AdministratorId).ListWithoutSupervisorAsync(World.LocalArea.Id, Token);
        Assert.Equal(Account.Id, Assert.Single(without.First).AccountId);
        Assert.Equal(1, (await DeskAsync()).Figure("without-supervisor").Count);
        var supervision = await Supervisors(AdministratorId).ForAccountAsync(Account.Id, Token);
        Assert.False(supervision.SupervisorRegistered);
        Assert.Equal([salId], supervision.Candidates.Select(c => c.PersonId));

        var reassigned = await Supervisors(AdministratorId).ReassignAsync(Account.Id, salId, Token);

        Assert.True(reassigned.Succeeded, reassigned.Problem ?? string.Join(" ", reassigned.Codes));
        Assert.Equal(0, (await Supervisors(AdministratorId).ListWithoutSupervisorAsync(World.LocalArea.Id, Token)).Count);
        Assert.Equal(0, (await DeskAsync()).Figure("without-supervisor").Count);
        Assert.True((await Intake(salId).SubmitAsync(await Signed(Complete(AccessRequestKind.AnnualRenewal), salId), Token)).Succeeded);
        Assert.Equal(salId, (await SingleRequestAsync()).RequestorId);
        await using var db = Database.CreateDbContext();
        Assert.Contains(await db.AuditRecords.Where(a => a.EntityId == Account.Id).Select(a => a.Action).ToListAsync(Token),
            action => action == "account.supervisor-reassigned");
    }

    [Fact]
    public async Task Reassign_ToSomeoneNotRegisteredForTheOffice_IsRefusedWithReq2AndTheSupervisorStays()
    {
        var otherId = await RegisterAsync("Oli Elsewhere", "oli.elsewhere@agency.example.gov", World.OtherLocalArea.Id, World.OtherOffice.Id,
            Stored.OperationsUnitUserId);

        var refused = await Supervisors(AdministratorId).ReassignAsync(Account.Id, otherId, Token);

        Assert.Equal(["REQ-2"], refused.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal(World.RequestorId, (await db.StaffAccounts.SingleAsync(a => a.Id == Account.Id, Token)).SupervisorId);
    }

    [Fact]
    public async Task Reassign_ByAnAdministratorOfAnotherArea_IsRefusedWithSco1()
    {
        var salId = await RegisterAsync("Sal Successor", "sal.successor@agency.example.gov");

        // The division's SPOC administers WSB staff, not the Local Area's LWIA accounts.
        var refused = await Supervisors(World.Spoc.PersonId).ReassignAsync(Account.Id, salId, Token);

        Assert.Contains("SCO-1", refused.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal(World.RequestorId, (await db.StaffAccounts.SingleAsync(a => a.Id == Account.Id, Token)).SupervisorId);
    }

    private async Task<AdministratorDashboard> DeskAsync() =>
        await new AdministratorDashboardService(Database, SignedIn.ScopeFor(Database, AdministratorId), World.Business)
            .ForSeatAsync(World.LocalArea.Id, Token);

    private async Task<Guid> RegisterAsync(string name, string email, Guid? areaId = null, Guid? officeId = null, Guid? by = null)
    {
        var outcome = await Requestors(by ?? AdministratorId).RegisterAsync(areaId ?? World.LocalArea.Id,
            new RequestorForm { FullName = name, Email = email, OfficeIds = [officeId ?? World.PartnerOffice.Id] }, Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync(Token);
    }
}
