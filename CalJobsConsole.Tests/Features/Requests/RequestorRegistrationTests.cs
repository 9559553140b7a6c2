using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>
/// REQ-2 (issue 18): the area's administrators register the managers and supervisors who may request accounts, each for the
/// offices they supervise; a requestor files only for those offices, and ending the last registration takes the role away.
/// </summary>
public class RequestorRegistrationTests : RequestIntakeTestBase
{
    private readonly RecordingNotificationSender _sent = new();

    private RequestorService Requestors(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, TestInvitations.Sender(World.Business, _sent));

    private Guid AdministratorId => World.MisAdministrator.PersonId;

    [Fact]
    public async Task Register_ByTheAreasAdministrator_GivesTheRoleAnInvitationAndTheRegisteredOfficeOnly()
    {
        var outcome = await Requestors(AdministratorId).RegisterAsync(World.LocalArea.Id,
            new RequestorForm { FullName = "Sal Supervisor", Email = "sal.supervisor@agency.example.gov", OfficeIds = [World.PartnerOffice.Id] }, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        var salId = await UserIdAsync("sal.supervisor@agency.example.gov");
        Assert.True((await ScopeAsync(salId))!.IsRequestor);
        Assert.Single(_sent.Sent, n => n.Kind == InvitationSender.NotificationKind);
        var options = await Intake(salId).OptionsAsync(Token);
        Assert.Equal([World.PartnerOffice.Id], options.Offices.Select(o => o.Id));
        var list = await Requestors(AdministratorId).ListAsync(World.LocalArea.Id, Token);
        Assert.Contains(list.Requestors, r => r.PersonId == salId && r.Offices.SequenceEqual([World.PartnerOffice.Name]));
    }

    [Fact]
    public async Task Submit_ForAnOfficeOfAnotherArea_IsRefusedWithReq2AndSavesNothing()
    {
        var salId = await RegisterSalAsync();
        var model = Complete(AccessRequestKind.NewAccount);
        model.OfficeId = World.OtherOffice.Id;

        var outcome = await Intake(salId).SubmitAsync(await Signed(model, salId), Token);

        Assert.Equal(["REQ-2"], outcome.Codes);
        Assert.Contains("not registered as a requestor for", outcome.BrokenRules.Single().Message);
        Assert.Equal(0, await RequestCountAsync());
        Assert.True((await Intake(salId).SubmitAsync(await Signed(Complete(AccessRequestKind.NewAccount), salId), Token)).Succeeded);
    }

    [Fact]
    public async Task Submit_ForWsbStaffAtTheOfficeWhenRegisteredOnlyByTheLocalArea_IsRefusedWithReq2()
    {
        var salId = await RegisterSalAsync();
        var model = Complete(AccessRequestKind.NewAccount);
        model.WsbStaff = true; // the request would go to the serving division, which never registered Sal

        var outcome = await Intake(salId).SubmitAsync(await Signed(model, salId), Token);

        Assert.Equal(["REQ-2"], outcome.Codes);
    }

    [Fact]
    public async Task End_TheRequestorsLastRegistration_TakesTheRoleAwayAtOnceAndTheNextRequestIsRefused()
    {
        var salId = await RegisterSalAsync();

        var ended = await Requestors(AdministratorId).EndAsync(World.LocalArea.Id, salId, Token);

        Assert.True(ended.Succeeded, ended.Problem);
        Assert.False((await ScopeAsync(salId))!.IsRequestor);
        var refused = await Intake(salId).SubmitAsync(await Signed(Complete(AccessRequestKind.NewAccount), salId), Token);
        Assert.Equal(["SCO-1"], refused.Codes);
        Assert.Equal(0, await RequestCountAsync());
        Assert.Empty((await Requestors(AdministratorId).ListAsync(World.LocalArea.Id, Token)).Requestors.Where(r => r.PersonId == salId));
    }

    [Fact]
    public async Task Register_InASecondArea_KeepsTheFirstAndEndingOneLeavesTheOther()
    {
        var salId = await RegisterSalAsync();
        var ops = Stored.OperationsUnitUserId;
        Assert.True((await Requestors(ops).RegisterAsync(World.OtherLocalArea.Id,
            new RequestorForm { FullName = "Sal Supervisor", Email = "sal.supervisor@agency.example.gov", OfficeIds = [World.OtherOffice.Id] }, Token)).Succeeded);

        Assert.True((await Requestors(AdministratorId).EndAsync(World.LocalArea.Id, salId, Token)).Succeeded);

        Assert.True((await ScopeAsync(salId))!.IsRequestor);
        var model = Complete(AccessRequestKind.NewAccount);
        model.OfficeId = World.OtherOffice.Id;
        Assert.True((await Intake(salId).SubmitAsync(await Signed(model, salId), Token)).Succeeded);
        Assert.Equal(["REQ-2"], (await Intake(salId).SubmitAsync(await Signed(Complete(AccessRequestKind.NewAccount), salId), Token)).Codes);
    }

    [Fact]
    public async Task Register_ByAnotherAreasAdministrator_IsRefusedWithSco1()
    {
        var outcome = await Requestors(AdministratorId).RegisterAsync(World.OtherLocalArea.Id,
            new RequestorForm { FullName = "Sal Supervisor", Email = "sal.supervisor@agency.example.gov", OfficeIds = [World.OtherOffice.Id] }, Token);

        Assert.Contains("SCO-1", outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.NormalizedEmail == "SAL.SUPERVISOR@AGENCY.EXAMPLE.GOV", Token));
        Assert.False(await db.RequestorRegistrations.AnyAsync(r => r.RegisteredById == AdministratorId, Token));
    }

    private async Task<Guid> RegisterSalAsync()
    {
        var outcome = await Requestors(AdministratorId).RegisterAsync(World.LocalArea.Id,
            new RequestorForm { FullName = "Sal Supervisor", Email = "sal.supervisor@agency.example.gov", OfficeIds = [World.PartnerOffice.Id] }, Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        return await UserIdAsync("sal.supervisor@agency.example.gov");
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync(Token);
    }

    private Task<UserScope?> ScopeAsync(Guid userId) => SignedIn.ScopeFor(Database, userId).CurrentAsync(Token);
}
