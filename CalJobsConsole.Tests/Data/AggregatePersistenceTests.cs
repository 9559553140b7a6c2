using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

/// <summary>Each aggregate, saved and read back in a fresh context, keeps its private state.</summary>
public class AggregatePersistenceTests : IAsyncLifetime
{
    private readonly World _world = new();
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateDbContext();
        db.Areas.AddRange(_world.LocalArea, _world.Division, _world.OtherLocalArea);
        db.Offices.AddRange(_world.PartnerOffice, _world.WsbOnlyOffice, _world.OtherOffice);
        db.PrivilegeGroups.AddRange(_world.Groups);
        db.Privileges.AddRange(_world.Privileges);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Area_WhenChangedInOneContextAndReadBackInAnother_KeepsDesigneesDesignationsTrainingAndCoverage()
    {
        Guid designeeId, officeSpocId = Guid.NewGuid();
        await using (var db = _database.CreateDbContext())
        {
            var division = await db.Areas.Include(a => a.Designations).Include(a => a.Designees).SingleAsync(a => a.Id == _world.Division.Id, Token);
            designeeId = division.NameDesignee(World.DivisionChiefId, Guid.NewGuid(), World.Contact("Dee Designee"), _world.Clock.Today,
                _world.Clock.Today.AddMonths(6)).Id;
            division.Designate(officeSpocId, World.Contact("Office SPOC"), World.DivisionChiefId, _world.Clock.Today, World.OperationsUnitUserId,
                SpocCoverage.Offices([_world.WsbOnlyOffice.Id]));
            await db.SaveChangesAsync(Token);
        }

        await using var read = _database.CreateDbContext();
        var area = await read.Areas.Include(a => a.Designations).Include(a => a.Designees).SingleAsync(a => a.Id == _world.Division.Id, Token);

        Assert.Equal("Chris Chief", area.Director!.FullName);
        Assert.Equal(_world.Clock.Today.AddMonths(6), Assert.Single(area.Designees, d => d.Id == designeeId).EndsOn);
        var spoc = area.ActorFor(_world.Spoc.PersonId)!;
        Assert.NotNull(spoc.TrainingCompletedOn);
        Assert.True(spoc.Coverage!.WholeDivision);
        var officeSpoc = area.ActorFor(officeSpocId)!;
        Assert.Null(officeSpoc.TrainingCompletedOn);
        Assert.Equal([_world.WsbOnlyOffice.Id], officeSpoc.Coverage!.OfficeIds);
        Assert.Equal([1, 2], area.Designations.Select(d => d.SeatNumber).Order());
        Assert.All(area.Designations, d => Assert.Equal(World.DivisionChiefId, d.AddedBy.AccountableSignerId));
    }

    [Fact]
    public async Task PrivilegeGroup_WhenReadBack_KeepsAuthorityAndPrivileges()
    {
        var group = _world.Group(DirectivePrivilegeGroups.ViewAccessWithReports);
        await using (var write = _database.CreateDbContext())
        {
            var stored = await write.PrivilegeGroups.SingleAsync(g => g.Id == group.Id, Token);
            stored.SetPrivileges([_world.Privilege("REPORTS"), _world.Privilege("CASE_NOTES")]);
            await write.SaveChangesAsync(Token);
        }

        await using var db = _database.CreateDbContext();
        var read = await db.PrivilegeGroups.SingleAsync(g => g.Id == group.Id, Token);

        Assert.Equal(GrantingAuthority.MisAdministrator, read.Authority);
        Assert.True(read.IsDirectiveGroup);
        Assert.Equal(["REPORTS", "CASE_NOTES"], read.PrivilegeCodes);
    }

    [Fact]
    public async Task AccessRequest_WhenReadBack_KeepsTheFormWithAttestationsOrWithout()
    {
        var refused = new Attestations(_world.Clock.Today.AddDays(-3),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, _world.Clock.Today.AddDays(-2)));
        var newAccount = _world.Submit(_world.NewAccountForm(StaffKind.NonEdd, attestations: refused));
        var account = _world.CreateAccount();
        var reset = _world.Approved(_world.FormFor(account, AccessRequestKind.PasswordReset));
        await using (var db = _database.CreateDbContext())
        {
            db.AccessRequests.AddRange(newAccount, reset);
            await db.SaveChangesAsync(Token);
        }

        await using var read = _database.CreateDbContext();
        var readNew = await read.AccessRequests.SingleAsync(r => r.Id == newAccount.Id, Token);
        var readReset = await read.AccessRequests.SingleAsync(r => r.Id == reset.Id, Token);

        Assert.Equal(newAccount.Form, readNew.Form);
        Assert.True(readNew.Form.Attestations!.Statement.Refused);
        Assert.Null(readReset.Form.Attestations);
        Assert.Equal(AccessRequestStatus.Approved, readReset.Status);
        Assert.Equal(_world.MisAdministrator.PersonId, readReset.DecidedById);
        Assert.Equal(reset.DecidedAt, readReset.DecidedAt);
    }

    [Fact]
    public async Task StaffAccount_WhenReadBack_KeepsCredentialStateAttestationsAndPrivileges()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.Edd));
        var evidence = _world.FullEvidence(request);
        var account = StaffAccount.Create(new NewAccountGrant(request, "pat.staff", _world.Group(DirectivePrivilegeGroups.LwiaCboStaff),
            [_world.Privilege("CASE_NOTES")], evidence), _world.MisAdministrator, _world.Business, _world.Policy);
        _world.Clock.Advance(TimeSpan.FromHours(2));
        account.SignInWithTemporaryPassword(_world.Business);
        await using (var db = _database.CreateDbContext())
        {
            db.StaffAccounts.Add(account);
            db.AccessRequests.Add(request);
            db.EvidenceDocuments.AddRange(evidence);
            await db.SaveChangesAsync(Token);
        }

        await using var read = _database.CreateDbContext();
        var readAccount = await read.StaffAccounts.SingleAsync(a => a.Username == "pat.staff", Token);
        var readEvidence = await read.EvidenceDocuments.Where(d => d.AccountId == account.Id).ToListAsync(Token);

        Assert.Equal(account.TemporaryCredential, readAccount.TemporaryCredential);
        Assert.True(readAccount.MustChangePassword);
        Assert.Equal(AccountStatus.PendingFirstSignIn, readAccount.Status);
        Assert.Equal(account.Attestations, readAccount.Attestations);
        Assert.Equal(["CASE_NOTES"], readAccount.ExtraPrivilegeCodes);
        Assert.Equal(account.RenewalDueOn, readAccount.RenewalDueOn);
        Assert.Equal(evidence.Select(d => d.Sha256).Order(), readEvidence.Select(d => d.Sha256).Order());
    }

    [Fact]
    public async Task Escalation_WhenReadBack_KeepsRuleCodesAndPrivileges()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.NonEdd));
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.ViewAccess),
            [_world.Privilege("SSN_UNMASK")], "Needs unmasked SSNs for data validation.", _world.Business);
        await using (var write = _database.CreateDbContext())
        {
            write.Escalations.Add(escalation);
            await write.SaveChangesAsync(Token);
        }

        await using var db = _database.CreateDbContext();
        var read = await db.Escalations.SingleAsync(e => e.Id == escalation.Id, Token);

        Assert.Equal(["GRP-3"], read.BrokenRuleCodes);
        Assert.Equal(["SSN_UNMASK"], read.PrivilegeCodes);
        Assert.Equal(EscalationStatus.Open, read.Status);
    }
}
