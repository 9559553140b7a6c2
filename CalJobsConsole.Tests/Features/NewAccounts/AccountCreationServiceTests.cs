using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>Creating an account from an approved new-account request, both ways: created, or refused with the rule that stops it.</summary>
public class AccountCreationServiceTests : NewAccountTestBase
{
    [Fact]
    public async Task Create_WhenEveryPrerequisiteAndDocumentIsInPlace_CreatesTheAccountItsSignInAndFulfilsTheRequest()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());
        var desk = await Creation(World.MisAdministrator.PersonId).DeskAsync(request.Id, Token);

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, desk.Version,
            Model("pat.staff", desk.RequestedGroupId, "CASE_NOTES"), Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        var credential = outcome.Value!.Credential;
        Assert.Equal(TemporaryPasswordGenerator.Length, credential.TemporaryPassword.Length);
        Assert.Equal(World.Business.UtcNow + TimeSpan.FromHours(24), credential.ExpiresAt);
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == credential.AccountId, Token);
        Assert.Equal(("pat.staff", desk.RequestedGroupId, AccountStatus.PendingFirstSignIn), (account.Username, (Guid?)account.PrivilegeGroupId, account.Status));
        Assert.Equal(["CASE_NOTES"], account.ExtraPrivilegeCodes);
        Assert.True(account.MustChangePassword);
        var user = await db.Users.SingleAsync(u => u.Id == account.Id, Token);
        Assert.Equal(PasswordVerificationResult.Success, Hasher.VerifyHashedPassword(user, user.PasswordHash!, credential.TemporaryPassword));
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync(Token);
        Assert.Equal([ConsoleRoles.Staff], roles);
        var stored = await db.AccessRequests.SingleAsync(r => r.Id == request.Id, Token);
        Assert.Equal((AccessRequestStatus.Fulfilled, (Guid?)account.Id), (stored.Status, stored.CreatedAccountId));
        Assert.All(await db.EvidenceDocuments.Where(d => d.RequestId == request.Id).ToListAsync(Token), d => Assert.Equal(account.Id, d.AccountId));
    }

    [Fact]
    public async Task Create_SendsTheCredentialToTheStaffMemberWithACopyToTheRequestor_ThePasswordOnlyAsTheSecret()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        var sent = Assert.Single(Notifications.Sent);
        Assert.True(outcome.Value!.Delivered);
        Assert.Equal(outcome.Value!.Credential.TemporaryPassword, sent.Secret);
        Assert.Equal([request.Form.Staff.Email], sent.To.Select(r => r.Email));
        Assert.Equal([World.RequestorId], sent.Copy.Select(r => r.UserId));
        Assert.Contains("pat.staff", sent.Body);
        Assert.Contains("{{secret}}", sent.Body);
        Assert.Contains("personal device", sent.Body);
        Assert.DoesNotContain(outcome.Value.Credential.TemporaryPassword, sent.Body);
        Assert.DoesNotContain(outcome.Value.Credential.TemporaryPassword, sent.ToString());
    }

    [Fact]
    public async Task Create_WritesAuditRecordsThatNameTheRequestAndNeverHoldThePassword()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        await using var db = Database.CreateDbContext();
        var records = await db.AuditRecords.Where(r => r.RequestId == request.Id).ToListAsync(Token);
        // The temporary password shown once to the administrator is recorded too (issue 21), without the password.
        Assert.Equal(["AccessRequest.Fulfilled", "StaffAccount.Created", "StaffAccount.TemporaryPasswordRevealed"], records.Select(r => r.Action).Order());
        Assert.All(records, r => Assert.Equal(World.MisAdministrator.PersonId, r.ActorId));
        var hash = (await db.Users.SingleAsync(u => u.Id == outcome.Value!.Credential.AccountId, Token)).PasswordHash!;
        foreach (var text in records.SelectMany(r => new[] { r.Before, r.After }).OfType<string>())
        {
            Assert.DoesNotContain(outcome.Value!.Credential.TemporaryPassword, text);
            Assert.DoesNotContain(hash, text);
        }
    }

    [Fact]
    public async Task Create_WhenTheCertificateAndE1AreNotUploaded_IsRefusedWithDoc1AndSavesNothing()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm(), [DocumentKind.SystemAccessRequestForm]);

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        Assert.Equal(["DOC-1", "DOC-1"], outcome.Codes);
        Assert.Null(outcome.Value);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_WhenTheRequestIsNotApprovedYet_IsRefusedWithReq1()
    {
        await StoreAsync();
        var request = await SubmittedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        Assert.Contains("REQ-1", outcome.Codes);
        Assert.Contains("DOC-1", outcome.Codes);
        await AssertNothingCreatedAsync(request.Id, AccessRequestStatus.Submitted);
    }

    [Fact]
    public async Task Create_ByAnotherAreasAdministrator_IsRefusedWithSco1AndNoData()
    {
        var other = World.Designate(World.OtherLocalArea, "Sam Sacramento", trained: true);
        await StoreAsync();
        await SignedIn.AddUserAsync(Database, other.PersonId, other.Name, ConsoleRoles.MisAdministrator);
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(other.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);
        var desk = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() => Creation(other.PersonId).DeskAsync(request.Id, Token));

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(["SCO-1"], desk.BrokenRules.Select(r => r.Code));
        Assert.DoesNotContain("Pat Staff", desk.Message);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_ByAnUntrainedAdministratorOfTheArea_IsRefusedWithDes2()
    {
        var untrained = World.Designate(World.LocalArea, "Uma Untrained", trained: false);
        await StoreAsync();
        await SignedIn.AddUserAsync(Database, untrained.PersonId, untrained.Name, ConsoleRoles.MisAdministrator);
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(untrained.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        Assert.Equal(["DES-2"], outcome.Codes);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_WithAWsbGroupByAnMisAdministrator_IsRefusedWithGrp1()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);

        Assert.Equal(["GRP-1"], outcome.Codes);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_WithARestrictedExtraPrivilege_IsRefusedWithGrp3()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version,
            Model("pat.staff", request.Form.RequestedGroupId, "SSN_UNMASK"), Token);

        Assert.Equal(["GRP-3"], outcome.Codes);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_WhenTheRequestChangedSinceItWasOpened_SaysSoAndSavesNothing()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version - 1, Model("pat.staff", request.Form.RequestedGroupId), Token);

        Assert.Equal(ActOutcome.ChangedMessage, outcome.Problem);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Create_WhenTheUsernameIsTakenInAnotherLetterCase_IsRefusedNamingIt()
    {
        await StoreAsync();
        var first = await ApprovedAsync(World.NewAccountForm());
        Assert.True((await Creation(World.MisAdministrator.PersonId).CreateAsync(first.Id, first.Version, Model("pat.staff", first.Form.RequestedGroupId), Token)).Succeeded);
        var second = await ApprovedAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Pat Other") });

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(second.Id, second.Version, Model("Pat.Staff", second.Form.RequestedGroupId), Token);

        Assert.Contains("'Pat.Staff' is taken", outcome.Problem);
        await AssertNothingCreatedAsync(second.Id, accountsBefore: 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("../../etc")]
    [InlineData("pat staff")]
    public async Task Create_WithAMalformedUsername_IsRefusedBeforeAnythingIsRead(string username)
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model(username, request.Form.RequestedGroupId), Token);

        Assert.NotNull(outcome.Problem);
        Assert.Null(outcome.Value);
        await AssertNothingCreatedAsync(request.Id);
    }

    [Fact]
    public async Task Desk_OffersAnMisAdministratorExactlyTheEightLwiaGroups_AndASpocTheSixWsbGroups()
    {
        await StoreAsync();
        var lwia = await ApprovedAsync(World.NewAccountForm());
        var wsb = await ApprovedAsync(World.NewAccountForm(StaffKind(), wsb: true));

        var misDesk = await Creation(World.MisAdministrator.PersonId).DeskAsync(lwia.Id, Token);
        var spocDesk = await Creation(World.Spoc.PersonId).DeskAsync(wsb.Id, Token);

        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Order(), misDesk.OfferedGroups.Select(g => g.Name).Order());
        Assert.Equal(DirectivePrivilegeGroups.WsbGroups.Order(), spocDesk.OfferedGroups.Select(g => g.Name).Order());
        Assert.DoesNotContain(misDesk.OfferedPrivileges, p => p.IsRestricted);
        Assert.True(misDesk.MayCreate);
    }

    [Fact]
    public async Task Desk_WhenSeveralThingsAreMissing_ListsEveryUnmetRuleAtOnce()
    {
        var untrained = World.Designate(World.LocalArea, "Uma Untrained", trained: false);
        await StoreAsync();
        await SignedIn.AddUserAsync(Database, untrained.PersonId, untrained.Name, ConsoleRoles.MisAdministrator);
        var request = await ApprovedAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff), []);

        var desk = await Creation(untrained.PersonId).DeskAsync(request.Id, Token);

        Assert.Equal(["DES-2", "DOC-1", "DOC-1", "DOC-1", "GRP-1"], desk.Eligibility.Select(r => r.Code).Order());
        Assert.False(desk.MayCreate);
        Assert.False(desk.RequestedGroupIsGrantable);
        Assert.All(desk.Eligibility, r => Assert.False(string.IsNullOrWhiteSpace(r.Remedy)));
    }

    [Fact]
    public async Task Escalate_WhenTheGroupIsNotTheAdministrators_GoesToTheOperationsUnitAndBlocksCreation()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));
        var creation = Creation(World.MisAdministrator.PersonId);

        var outcome = await creation.EscalateAsync(request.Id, request.Version,
            new EscalationModel { PrivilegeCodes = ["SSN_UNMASK"], Reason = "Partner staff work WSB cases." }, Token);
        var desk = await creation.DeskAsync(request.Id, Token);
        var again = await creation.EscalateAsync(request.Id, desk.Version, new EscalationModel { Reason = "Again." }, Token);
        var stale = await creation.EscalateAsync(request.Id, request.Version, new EscalationModel { Reason = "From an old page." }, Token);

        Assert.True(outcome.BrokenRules.Count == 0 && outcome.Problem is null, outcome.Problem);
        Assert.Equal((EscalationStatus.Open, DirectivePrivilegeGroups.EddWsbStaff), (desk.Escalation!.Status, desk.Escalation.GroupName));
        Assert.Equal(["GRP-1", "GRP-3"], desk.Escalation.BrokenRuleCodes.Order());
        Assert.Contains("GRP-3", desk.Eligibility.Select(r => r.Code));
        Assert.False(desk.MayCreate);
        Assert.Equal(["GRP-3"], again.Codes);
        Assert.Equal(ActOutcome.ChangedMessage, stale.Problem);
        Assert.True(desk.Version > request.Version);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.Escalations.CountAsync(e => e.RequestId == request.Id, Token));
        Assert.Single(await db.AuditRecords.Where(r => r.RequestId == request.Id && r.Action == "Escalation.Raised").ToListAsync(Token));
    }

    [Fact]
    public async Task Escalate_WhenTheAdministratorMayGrantEverythingAskedFor_IsRefusedAsNothingToEscalate()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());

        var outcome = await Creation(World.MisAdministrator.PersonId).EscalateAsync(request.Id, request.Version,
            new EscalationModel { PrivilegeCodes = ["CASE_NOTES"], Reason = "Just in case." }, Token);

        Assert.Contains("nothing to escalate", outcome.Problem);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Escalations.AnyAsync(Token));
    }

    [Fact]
    public async Task Escalate_WithoutAReason_IsRefusedBeforeAnythingIsRead()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));

        var outcome = await Creation(World.MisAdministrator.PersonId).EscalateAsync(request.Id, request.Version, new EscalationModel { Reason = " " }, Token);

        Assert.Equal("Say why the Operations Unit should grant it.", outcome.Problem);
    }

    private static CalJobsConsole.Domain.Attestations.StaffKind StaffKind() => CalJobsConsole.Domain.Attestations.StaffKind.Edd;

    private async Task AssertNothingCreatedAsync(Guid requestId, AccessRequestStatus expected = AccessRequestStatus.Approved, int accountsBefore = 0)
    {
        await using var db = Database.CreateDbContext();
        Assert.Equal(accountsBefore, await db.StaffAccounts.CountAsync(Token));
        Assert.Equal(accountsBefore, await db.Users.CountAsync(u => u.Email!.StartsWith("pat."), Token));
        Assert.Equal(expected, (await db.AccessRequests.SingleAsync(r => r.Id == requestId, Token)).Status);
        Assert.DoesNotContain(Notifications.Sent, n => n.Kind == CalJobsConsole.App.Features.Notifications.CredentialMessage.NewAccountKind && n.RequestId == requestId);
    }
}
