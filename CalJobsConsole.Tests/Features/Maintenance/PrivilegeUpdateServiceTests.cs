using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Escalations;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Maintenance;

/// <summary>A privilege update from an approved update request, with the creation's limits (GRP-1..3), both ways.</summary>
public class PrivilegeUpdateServiceTests : MaintenanceTestBase
{
    [Fact]
    public async Task Update_ToAGroupTheAdministratorMayGrant_ChangesTheAccountAndAuditsBeforeAndAfterWithTheRequest()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate, group: DirectivePrivilegeGroups.ViewAccessWithReports));
        var target = World.Group(DirectivePrivilegeGroups.ViewAccessWithReports);

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version, Update(target.Id, "REPORTS"), Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        var changed = await AccountAsync(account.Id);
        Assert.Equal(target.Id, changed.PrivilegeGroupId);
        Assert.Equal(["REPORTS"], changed.ExtraPrivilegeCodes);
        Assert.Equal(AccessRequestStatus.Fulfilled, (await RequestAsync(request.Id)).Status);
        await using var db = Database.CreateDbContext();
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "StaffAccount.PrivilegesChanged", Token);
        Assert.Equal((request.Id, account.Id), (audit.RequestId, audit.EntityId));
        Assert.Contains(DirectivePrivilegeGroups.LwiaCboStaff, audit.Before);
        Assert.Contains(World.Group(DirectivePrivilegeGroups.LwiaCboStaff).Id.ToString(), audit.Before);
        Assert.Contains(DirectivePrivilegeGroups.ViewAccessWithReports, audit.After);
        Assert.Contains("REPORTS", audit.After);
        Assert.Equal($"{DirectivePrivilegeGroups.LwiaCboStaff} → {DirectivePrivilegeGroups.ViewAccessWithReports} + REPORTS",
            CalJobsConsole.App.Features.Accounts.AuditActionLabels.NoteOf(audit.After));
    }

    [Fact]
    public async Task Desk_ForAnMisAdministrator_OffersExactlyTheEightLwiaGroupsAndNoRestrictedPrivilege()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var desk = await Updates(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token);

        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Order(), desk.OfferedGroups.Select(g => g.Name).Order());
        Assert.DoesNotContain(desk.OfferedPrivileges, p => p.IsRestricted);
        Assert.Empty(desk.Eligibility);
        Assert.True(desk.MayUpdate);
    }

    [Fact]
    public async Task Update_ToAWsbGroupByAnMisAdministrator_IsRefusedWithGrp1_AndTheDeskSaysSo()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate, group: DirectivePrivilegeGroups.EddWsbStaff));

        var desk = await Updates(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token);
        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version,
            Update(World.Group(DirectivePrivilegeGroups.EddWsbStaff).Id), Token);

        Assert.Equal(["GRP-1"], desk.Eligibility.Select(r => r.Code));
        Assert.False(desk.RequestedGroupIsGrantable);
        Assert.True(desk.MayEscalate);
        Assert.Equal(["GRP-1"], outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_WithARestrictedExtraPrivilege_IsRefusedWithGrp3()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version,
            Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id, "SSN_UNMASK"), Token);

        Assert.Equal(["GRP-3"], outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_WhenTheFormIsNotUploaded_IsRefusedWithDoc1()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate), []);

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);

        Assert.Equal(["DOC-1"], outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_WhenTheRequestIsNotApprovedYet_IsRefusedWithReq1()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await SubmittedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);

        Assert.Contains("REQ-1", outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Submitted);
    }

    [Fact]
    public async Task Update_ByAnotherAreasAdministrator_IsRefusedWithSco1AndNoData()
    {
        var other = World.Designate(World.OtherLocalArea, "Sam Sacramento", trained: true);
        var (account, _) = await CreatedAccountAsync();
        await SignedIn.AddUserAsync(Database, other.PersonId, other.Name, ConsoleRoles.MisAdministrator);
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var outcome = await Updates(other.PersonId).UpdateAsync(request.Id, request.Version, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);
        var desk = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Updates(other.PersonId).DeskAsync(request.Id, Token));

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(["SCO-1"], desk.BrokenRules.Select(r => r.Code));
        Assert.DoesNotContain("Pat Staff", desk.Message);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_ByAnUntrainedAdministratorOfTheArea_IsRefusedWithDes2()
    {
        var untrained = World.Designate(World.LocalArea, "Uma Untrained", trained: false);
        var (account, _) = await CreatedAccountAsync();
        await SignedIn.AddUserAsync(Database, untrained.PersonId, untrained.Name, ConsoleRoles.MisAdministrator);
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var outcome = await Updates(untrained.PersonId).UpdateAsync(request.Id, request.Version, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);

        Assert.Equal(["DES-2"], outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_OfADeactivatedAccount_IsRefusedWithDea1()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));
        await DeactivateAsync(account.Id);

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);

        Assert.Equal(["DEA-1"], outcome.Codes);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_SaysTheRequestChanged()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate));

        var outcome = await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, request.Version + 1, Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token);

        Assert.Equal(ActOutcome.ChangedMessage, outcome.Problem);
        await AssertUnchangedAsync(account.Id, request.Id, AccessRequestStatus.Approved);
    }

    [Fact]
    public async Task EscalationGrantedByTheOperationsUnit_ChangesTheAccountToTheEscalatedGroupAndPrivileges_AndTellsBoth()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await EscalatedUpdateAsync(account);
        // Escalating moved the request's version; with the current one, the update is refused while the escalation is open.
        var current = (await Updates(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token)).Version;
        // (The desk's group is not the escalated one either, so REQ-1 is listed beside GRP-3: every broken rule at once.)
        Assert.Contains("GRP-3", (await Updates(World.MisAdministrator.PersonId).UpdateAsync(request.Id, current,
            Update(World.Group(DirectivePrivilegeGroups.ViewAccess).Id), Token)).Codes);
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).GrantAsync(line.Id, new GrantEscalationModel { CreatesAccount = line.CreatesAccount, Note = "Agreed." }, Token);

        Assert.True(outcome.BrokenRules.Count == 0 && outcome.Problem is null, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Assert.Null(outcome.Value);
        var changed = await AccountAsync(account.Id);
        Assert.Equal(World.Group(DirectivePrivilegeGroups.EddWsbStaff).Id, changed.PrivilegeGroupId);
        Assert.Equal(["SSN_UNMASK"], changed.ExtraPrivilegeCodes);
        Assert.Equal(AccessRequestStatus.Fulfilled, (await RequestAsync(request.Id)).Status);
        await using var db = Database.CreateDbContext();
        Assert.Equal(EscalationStatus.Granted, (await db.Escalations.SingleAsync(Token)).Status);
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "StaffAccount.PrivilegesChanged", Token);
        Assert.Equal((request.Id, Stored.OperationsUnitUserId), (audit.RequestId, audit.ActorId));
        Assert.Contains(DirectivePrivilegeGroups.LwiaCboStaff, audit.Before);
        Assert.Contains(DirectivePrivilegeGroups.EddWsbStaff, audit.After);
        var told = Assert.Single(Notifications.Sent, n => n.Kind == "EscalationDecided");
        Assert.Contains("granted", told.Body);
        Assert.Contains("privilege update", told.Subject);
    }

    [Fact]
    public async Task EscalationDeclinedByTheOperationsUnit_ClosesTheRequestAndLeavesTheAccount()
    {
        var (account, _) = await CreatedAccountAsync();
        var request = await EscalatedUpdateAsync(account);
        var line = Assert.Single((await Queue(Stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);

        var outcome = await Queue(Stored.OperationsUnitUserId).DeclineAsync(line.Id, "Partner staff do not get WSB groups.", Token);

        Assert.True(outcome.BrokenRules.Count == 0 && outcome.Problem is null, outcome.Problem);
        Assert.Equal(AccessRequestStatus.Rejected, (await RequestAsync(request.Id)).Status);
        Assert.Equal(account.PrivilegeGroupId, (await AccountAsync(account.Id)).PrivilegeGroupId);
    }

    /// <summary>A WSB group asked for an LWIA account: the MIS Administrator escalates it with a restricted privilege (GRP-1, GRP-3).</summary>
    private async Task<AccessRequest> EscalatedUpdateAsync(CalJobsConsole.Domain.Accounts.StaffAccount account)
    {
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.PrivilegeUpdate, group: DirectivePrivilegeGroups.EddWsbStaff));
        var escalated = await Updates(World.MisAdministrator.PersonId).EscalateAsync(request.Id, request.Version,
            new EscalationModel { PrivilegeCodes = ["SSN_UNMASK"], Reason = "Covers WSB cases at the partner office." }, Token);
        Assert.True(escalated.Succeeded, escalated.Problem ?? string.Join(" ", escalated.Codes));
        var desk = await Updates(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token);
        Assert.Contains("GRP-3", desk.Eligibility.Select(r => r.Code));
        Assert.False(desk.MayEscalate);
        return request;
    }

    private static PrivilegeUpdateModel Update(Guid groupId, params string[] extras) => new() { GroupId = groupId, ExtraPrivilegeCodes = extras };

    private async Task AssertUnchangedAsync(Guid accountId, Guid requestId, AccessRequestStatus status)
    {
        var account = await AccountAsync(accountId);
        Assert.Equal(World.Group(DirectivePrivilegeGroups.LwiaCboStaff).Id, account.PrivilegeGroupId);
        Assert.Empty(account.ExtraPrivilegeCodes);
        Assert.Equal(status, (await RequestAsync(requestId)).Status);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.AuditRecords.AnyAsync(r => r.Action == "StaffAccount.PrivilegesChanged", Token));
    }
}
