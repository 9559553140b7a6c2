using CalJobsConsole.App.Features.Escalations;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>The Operations Unit's escalation queue (GRP-3): grant carries out the grant, decline closes the request; both told.</summary>
public class EscalationQueueServiceTests : NewAccountTestBase
{
    [Fact]
    public async Task Queue_ForAnAdministrator_IsRefusedWithSco1()
    {
        await StoreAsync();

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Queue(World.MisAdministrator.PersonId).QueueAsync(cancellationToken: Token));

        Assert.Equal(["SCO-1"], refused.BrokenRules.Select(r => r.Code));
    }

    [Fact]
    public async Task Grant_CreatesTheAccountWithTheEscalatedGroupAndPrivileges_AndTellsTheAdministratorAndRequestor()
    {
        await StoreAsync();
        var request = await EscalatedAsync();
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).GrantAsync(line.Id, new GrantEscalationModel { Username = "pat.staff", Note = "Agreed for WSB cases." }, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(Token);
        Assert.Equal(World.Group(DirectivePrivilegeGroups.EddWsbStaff).Id, account.PrivilegeGroupId);
        Assert.Equal(["SSN_UNMASK"], account.ExtraPrivilegeCodes);
        Assert.Equal((AccessRequestStatus.Fulfilled, (Guid?)account.Id), await db.AccessRequests.Where(r => r.Id == request.Id)
            .Select(r => new { r.Status, r.CreatedAccountId }).AsAsyncEnumerable().Select(r => (r.Status, r.CreatedAccountId)).SingleAsync(Token));
        Assert.Equal(EscalationStatus.Granted, (await db.Escalations.SingleAsync(Token)).Status);
        var credential = Assert.Single(Notifications.Sent, n => n.Kind == CalJobsConsole.App.Features.Notifications.CredentialMessage.NewAccountKind);
        Assert.Equal(outcome.Value!.Credential.TemporaryPassword, credential.Secret);
        var told = Assert.Single(Notifications.Sent, n => n.Kind == "EscalationDecided");
        Assert.Equal([World.MisAdministrator.PersonId, World.RequestorId], told.To.Select(r => r.UserId!.Value).OrderBy(id => id == World.RequestorId));
        Assert.Contains("granted", told.Body);
        Assert.Null(told.Secret);
    }

    [Fact]
    public async Task Grant_WhenADocumentIsMissing_IsRefusedWithDoc1AndTheEscalationStaysOpen()
    {
        await StoreAsync();
        await EscalatedAsync([DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate]);
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).GrantAsync(line.Id, new GrantEscalationModel { Username = "pat.staff" }, Token);

        Assert.Equal(["DOC-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal(EscalationStatus.Open, (await db.Escalations.SingleAsync(Token)).Status);
        Assert.False(await db.StaffAccounts.AnyAsync(Token));
        Assert.Empty(Notifications.Sent);
    }

    [Fact]
    public async Task Decline_ClosesTheRequestWithTheNote_AndTellsTheAdministratorAndRequestor()
    {
        await StoreAsync();
        var request = await EscalatedAsync();
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).DeclineAsync(line.Id, "Partner staff do not get WSB groups.", Token);

        Assert.True(outcome.BrokenRules.Count == 0 && outcome.Problem is null, outcome.Problem);
        await using var db = Database.CreateDbContext();
        var closed = await db.AccessRequests.SingleAsync(r => r.Id == request.Id, Token);
        Assert.Equal(AccessRequestStatus.Rejected, closed.Status);
        Assert.Contains("Partner staff do not get WSB groups.", closed.DecisionNote);
        Assert.Equal(EscalationStatus.Declined, (await db.Escalations.SingleAsync(Token)).Status);
        Assert.False(await db.StaffAccounts.AnyAsync(Token));
        Assert.Contains("Partner staff do not get WSB groups.", Assert.Single(Notifications.Sent).Body);
        var desk = await Creation(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token);
        Assert.Equal(EscalationStatus.Declined, desk.Escalation!.Status);
        Assert.False(desk.MayCreate);
    }

    [Fact]
    public async Task Decline_WithoutANote_IsRefusedAndChangesNothing()
    {
        await StoreAsync();
        await EscalatedAsync();
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).DeclineAsync(line.Id, "  ", Token);

        Assert.NotNull(outcome.Problem);
        await using var db = Database.CreateDbContext();
        Assert.Equal(EscalationStatus.Open, (await db.Escalations.SingleAsync(Token)).Status);
    }

    [Fact]
    public async Task Grant_ByAnAdministrator_IsRefusedWithSco1()
    {
        await StoreAsync();
        await EscalatedAsync();
        Guid escalationId;
        await using (var db = Database.CreateDbContext())
            escalationId = (await db.Escalations.SingleAsync(Token)).Id;

        var outcome = await Queue(World.MisAdministrator.PersonId).GrantAsync(escalationId, new GrantEscalationModel { Username = "pat.staff" }, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
    }

    /// <summary>An approved request for a WSB group in the Local Area with a restricted privilege, escalated by its MIS Administrator.</summary>
    private async Task<AccessRequest> EscalatedAsync(IEnumerable<DocumentKind>? documents = null)
    {
        var request = await ApprovedAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff), documents);
        var outcome = await Creation(World.MisAdministrator.PersonId).EscalateAsync(request.Id, request.Version,
            new EscalationModel { PrivilegeCodes = ["SSN_UNMASK"], Reason = "Partner staff work WSB cases." }, Token);
        Assert.True(outcome.BrokenRules.Count == 0 && outcome.Problem is null, outcome.Problem);
        return request;
    }
}
