using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>
/// One person, several hats; rehires (issue 18): a staff account belongs to a person (<see cref="StaffAccount.PersonId"/>). A
/// rehire gets a new account through a new-account request, kept with the deactivated one under the same person; a supervisor
/// who also needs CalJOBS staff access holds an account under the sign-in they already have, and keeps their supervisor's work
/// whatever becomes of the account. One open account per person (REQ-1).
/// </summary>
public class PersonAccountsTests : NewAccountTestBase
{
    private Guid AdministratorId => World.MisAdministrator.PersonId;

    [Fact]
    public async Task Rehire_AfterTheDeactivation_GetsANewAccountOfTheSamePersonAndTheOldOneStaysWithItsHistory()
    {
        await StoreAsync();
        var first = await CreateAsync(World.NewAccountForm(), "pat.staff");
        var personId = first.PersonId;
        Assert.Equal(first.Id, personId);
        await SignInFirstTimeAsync(personId);
        await DeactivateAsync(first);
        Assert.Equal([RuleCode.Dea1.Code], (await FirstSignIn().CheckAsync(personId, Token)).Refusals.Select(r => r.Rule.Code));

        var request = await ApprovedAsync(World.NewAccountForm());
        var desk = await Creation(AdministratorId).DeskAsync(request.Id, Token);
        Assert.Empty(desk.Eligibility);
        Assert.Contains("had the deactivated account pat.staff", desk.KnownPerson);
        var outcome = await Creation(AdministratorId).CreateAsync(request.Id, desk.Version, Model("pat.rehired", desk.RequestedGroupId), Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        await using var db = Database.CreateDbContext();
        var accounts = await db.StaffAccounts.Where(a => a.PersonId == personId).OrderBy(a => a.CreatedOn).ThenBy(a => a.Username).ToListAsync(Token);
        Assert.Equal([("pat.rehired", AccountStatus.PendingFirstSignIn), ("pat.staff", AccountStatus.Deactivated)],
            accounts.Select(a => (a.Username, a.Status)).OrderBy(a => a.Username));
        Assert.Equal(outcome.Value!.Credential.AccountId, accounts.Single(a => a.Username == "pat.rehired").Id);
        Assert.NotEmpty(await db.EvidenceDocuments.Where(d => d.AccountId == first.Id).ToListAsync(Token));
        // One person, one sign-in: the same user signs in with the new account's username and its temporary password (CRD-1).
        var user = await db.Users.SingleAsync(u => u.Id == personId, Token);
        Assert.Equal("pat.rehired", user.UserName);
        Assert.Equal(PasswordVerificationResult.Success, Hasher.VerifyHashedPassword(user, user.PasswordHash!, outcome.Value.Credential.TemporaryPassword));
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == first.Staff.Email, Token));
        Assert.Equal([personId], Notifications.Sent.Last().To.Select(r => r.UserId));

        var check = await FirstSignIn().CheckAsync(personId, Token);
        Assert.True(check.Allowed, string.Join(" ", check.Refusals.Select(r => r.Reason)));
        Assert.True(check.MustChangePassword);
        await FirstSignIn().CompleteAsync(personId, Token);
        var scope = await SignedIn.ScopeFor(Database, personId).RequireSignedInAsync(Token);
        Assert.Equal(outcome.Value.Credential.AccountId, scope.StaffAccountId);
        var detail = await Accounts(personId).MyAccountAsync(Token);
        Assert.Equal(AccountStatus.Active, detail!.Status);
        Assert.Equal([(first.Id, "pat.staff", AccountStatus.Deactivated)], detail.SamePerson!.Select(a => (a.Id, a.Username, a.Status)));
        // The administrator who opens the old account finds the new one linked, and the old history unchanged.
        var old = await Accounts(AdministratorId).AccountAsync(first.Id, Token);
        Assert.Equal(["pat.rehired"], old.SamePerson!.Select(a => a.Username));
        Assert.Contains(old.Timeline, e => e.What.Contains("deactivated", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NewAccountRequest_ForAPersonWhoseAccountIsStillOpen_IsRefusedWithReq1AndNothingIsCreated()
    {
        await StoreAsync();
        var first = await CreateAsync(World.NewAccountForm(), "pat.staff");
        var request = await ApprovedAsync(World.NewAccountForm());

        var desk = await Creation(AdministratorId).DeskAsync(request.Id, Token);
        var outcome = await Creation(AdministratorId).CreateAsync(request.Id, desk.Version, Model("pat.second", desk.RequestedGroupId), Token);

        var refusal = Assert.Single(desk.Eligibility);
        Assert.Equal(RuleCode.Req1, refusal.Rule);
        Assert.Contains("pat.staff", refusal.Reason);
        Assert.Contains("privilege update", refusal.Remedy);
        Assert.Equal(["REQ-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal([first.Id], await db.StaffAccounts.Select(a => a.Id).ToListAsync(Token));
        Assert.Equal(AccessRequestStatus.Approved, (await db.AccessRequests.SingleAsync(r => r.Id == request.Id, Token)).Status);
    }

    [Fact]
    public async Task Supervisor_WhoAlsoHoldsAStaffAccount_HasBothHatsUnderOneSignInAndKeepsFilingWhenTheAccountCloses()
    {
        await StoreAsync();
        var supervisorId = World.RequestorId;
        var supervisor = await ContactOfAsync(supervisorId);
        var form = World.NewAccountForm() with { Staff = supervisor };
        var request = await ApprovedAsync(form);

        var desk = await Creation(AdministratorId).DeskAsync(request.Id, Token);
        Assert.Empty(desk.Eligibility);
        Assert.Contains("signs in to the console as Requestor", desk.KnownPerson);
        Assert.Contains("replaces their console password", desk.KnownPerson);
        var outcome = await Creation(AdministratorId).CreateAsync(request.Id, desk.Version, Model("riley.staff", desk.RequestedGroupId), Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        await using (var db = Database.CreateDbContext())
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.Id == outcome.Value!.Credential.AccountId, Token);
            Assert.Equal(supervisorId, account.PersonId);
            Assert.Equal([ConsoleRoles.Requestor, ConsoleRoles.Staff], await RolesAsync(supervisorId));
            Assert.Equal(1, await db.Users.CountAsync(u => u.Email == supervisor.Email, Token));
        }
        await SignInFirstTimeAsync(supervisorId);

        var scope = await SignedIn.ScopeFor(Database, supervisorId).RequireSignedInAsync(Token);
        Assert.True(scope.IsRequestor);
        Assert.True(scope.IsStaff);
        Assert.Equal(outcome.Value!.Credential.AccountId, scope.StaffAccountId);
        Assert.Equal(AccountStatus.Active, (await Accounts(supervisorId).MyAccountAsync(Token))!.Status);
        // Their staff member's account is still theirs to request for, as the supervisor.
        var staffAccount = await CreateAsync(World.NewAccountForm() with { Staff = World.Contact("Sasha Staff") }, "sasha.staff");
        Assert.Equal(staffAccount.Id, (await Accounts(supervisorId).AccountAsync(staffAccount.Id, Token)).Id);

        // The account closes: the supervisor's own staff access ends, not their supervisor's work (DEA-1 stops the staff hat only).
        await DeactivateAsync(await AccountAsync(outcome.Value.Credential.AccountId));

        Assert.True((await FirstSignIn().CheckAsync(supervisorId, Token)).Allowed);
        var filed = await new RequestIntakeService(Database, SignedIn.ScopeFor(Database, supervisorId), World.Business)
            .SubmitAsync(new RequestFormModel
            {
                Kind = AccessRequestKind.AnnualRenewal,
                FullName = staffAccount.Staff.FullName,
                Email = staffAccount.Staff.Email,
                StaffKind = staffAccount.StaffKind,
                OfficeId = staffAccount.OfficeId,
                AccountId = staffAccount.Id,
                IspaCompletedOn = World.Clock.Today.AddDays(-10).ToDateTime(TimeOnly.MinValue),
                StatementDate = World.Clock.Today.AddDays(-10).ToDateTime(TimeOnly.MinValue),
                SignatureName = await SignedIn.NameOfAsync(Database, supervisorId),
                VerifiedAttestations = true,
                VerifiedBusinessNeed = true,
                StaffJobTitle = "Career Coach",
                StaffPhone = World.Phone,
                RequestorTitle = World.RequestorTitle,
                RequestorPhone = World.RequestorPhone,
            }, Token);
        Assert.True(filed.Succeeded, filed.Problem ?? string.Join(" ", filed.Codes));
        Assert.Equal(AccountStatus.Deactivated, (await SignedIn.ScopeFor(Database, supervisorId).RequireSignedInAsync(Token)).StaffAccountStatus);
    }

    [Fact]
    public async Task StaffOnlyPerson_WhoseAccountIsDeactivated_GetsNothing()
    {
        await StoreAsync();
        var account = await CreateAsync(World.NewAccountForm(), "pat.staff");
        await SignInFirstTimeAsync(account.PersonId);

        await DeactivateAsync(account);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => SignedIn.ScopeFor(Database, account.PersonId).RequireSignedInAsync(Token));
        Assert.Equal(["DEA-1"], refused.Codes);
    }

    private AccountDetailService Accounts(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    private async Task<StaffAccount> CreateAsync(AccessRequestForm form, string username)
    {
        var request = await ApprovedAsync(form);
        var outcome = await Creation(AdministratorId).CreateAsync(request.Id, request.Version, Model(username, form.RequestedGroupId), Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        return await AccountAsync(outcome.Value!.Credential.AccountId);
    }

    private async Task<StaffAccount> AccountAsync(Guid accountId)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId, Token);
    }

    /// <summary>CRD-1: the temporary password's sign-in, then the staff member's own password.</summary>
    private async Task SignInFirstTimeAsync(Guid personId)
    {
        var check = await FirstSignIn().CheckAsync(personId, Token);
        Assert.True(check.Allowed && check.MustChangePassword, string.Join(" ", check.Refusals.Select(r => r.Reason)));
        await FirstSignIn().CompleteAsync(personId, Token);
    }

    /// <summary>The supervisor files a deactivation for today; the area's administrator approves it (the form uploaded) and deactivates.</summary>
    private async Task DeactivateAsync(StaffAccount account)
    {
        var request = await ApprovedAsync(World.FormFor(account, AccessRequestKind.Deactivation));
        var deactivation = new DeactivationService(Database, SignedIn.ScopeFor(Database, AdministratorId), World.Business, World.Policy);
        var outcome = await deactivation.DeactivateAsync(request.Id, (await deactivation.DeskAsync(request.Id, Token)).Version, Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
    }

    /// <summary>The stored user's name and e-mail, with the normalized e-mail the sign-in store keeps (the test helper leaves it out).</summary>
    private async Task<ContactDetails> ContactOfAsync(Guid userId)
    {
        await using var db = Database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == userId, Token);
        user.NormalizedEmail = user.Email!.ToUpperInvariant();
        await db.SaveChangesAsync(Token);
        return ContactDetails.Create(user.FullName, user.Email, Support.World.Phone);
    }

    private async Task<List<string>> RolesAsync(Guid userId)
    {
        await using var db = Database.CreateDbContext();
        return await (from userRole in db.UserRoles
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where userRole.UserId == userId
                      orderby role.Name
                      select role.Name!).ToListAsync(Token);
    }
}
