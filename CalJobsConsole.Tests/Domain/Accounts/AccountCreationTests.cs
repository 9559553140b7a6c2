using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>Creating a staff account from an approved new-account request (REQ-1, PRE-1, DOC-1, GRP-1, CRD-1).</summary>
public class AccountCreationTests
{
    private readonly World _world = new();

    [Fact]
    public void Create_WhenApprovedRequestIsComplete_OpensAccountPendingFirstSignInWithTemporaryCredential()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var account = Create(Grant(request));

        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
        Assert.NotNull(account.TemporaryCredential);
        Assert.Equal(_world.Clock.UtcNow, account.TemporaryCredential.IssuedAt);
        Assert.Equal(_world.Clock.UtcNow.AddHours(24), account.TemporaryCredential.ExpiresAt);
        Assert.False(account.TemporaryCredential.IsUsed);
        Assert.True(account.MustChangePassword);
        Assert.Equal("pat.staff", account.Username);
        Assert.Equal(request.Form.RequestedGroupId, account.PrivilegeGroupId);
    }

    [Fact]
    public void Create_WhenCreated_RenewalIsDueOneYearAfterCreation()
    {
        var account = Create(Grant(_world.Approved(_world.NewAccountForm())));

        Assert.Equal(new DateOnly(2026, 3, 16), account.CreatedOn);
        Assert.Equal(new DateOnly(2027, 3, 16), account.RenewalDueOn);
    }

    [Fact]
    public void Create_WhenCreated_KeepsTheRequestsEvidenceOnTheAccount()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.NonEdd));
        var evidence = _world.FullEvidence(request);

        var account = Create(Grant(request, evidence: evidence));

        Assert.Equal(3, evidence.Count);
        Assert.All(evidence, document => Assert.Equal(account.Id, document.AccountId));
    }

    [Fact]
    public void Create_WhenEvidenceOfAnotherRequestIsAlsoPassed_KeepsOnlyItsOwnOnTheAccount()
    {
        var request = _world.Approved(_world.NewAccountForm());
        var other = _world.Approved(_world.NewAccountForm());
        var foreign = _world.FullEvidence(other);

        Create(Grant(request, evidence: [.. _world.FullEvidence(request), .. foreign]));

        Assert.All(foreign, document => Assert.Null(document.AccountId));
    }

    [Fact]
    public void Create_WhenCreated_MarksTheRequestFulfilled()
    {
        var request = _world.Approved(_world.NewAccountForm());

        Create(Grant(request));

        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
        Assert.Equal(_world.Clock.UtcNow, request.FulfilledAt);
    }

    [Fact]
    public void Create_WhenRequestAlreadyFulfilled_ThrowsReq1()
    {
        var request = _world.Approved(_world.NewAccountForm());
        Create(Grant(request));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Create(Grant(request, username: "pat.staff2")));

        Assert.Contains("REQ-1", ex.Codes);
    }

    [Fact]
    public void Create_WhenRequestNotApproved_ThrowsReq1()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Create(Grant(request)));

        Assert.Contains("REQ-1", ex.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void CreationEligibility_WhenSeveralPrerequisitesAreUnmet_ListsEveryBrokenRuleAtOnce()
    {
        var today = _world.Clock.Today;
        var refused = new AttestationDates(today.AddDays(-10),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.De7410, today.AddDays(-10)));
        // A refused statement can never be approved, so the request stays submitted (REQ-1 too).
        var request = _world.Submit(_world.NewAccountForm(StaffKind.Edd, group: DirectivePrivilegeGroups.EddWsbStaff, attestations: refused));
        var grant = Grant(request, group: _world.Group(DirectivePrivilegeGroups.EddWsbStaff), evidence: []);

        var broken = StaffAccount.CreationEligibility(grant, _world.MisAdministrator, _world.Business, _world.Policy);

        Assert.Equal(["REQ-1", "PRE-1", "DOC-1", "GRP-1"], broken.Select(r => r.Code));
    }

    [Fact]
    public void CreationEligibility_WhenEverythingIsInOrder_IsEmpty()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var broken = StaffAccount.CreationEligibility(Grant(request), _world.MisAdministrator, _world.Business, _world.Policy);

        Assert.Empty(broken);
    }

    [Fact]
    public void CreationEligibility_WhenAttestationsWentStaleAfterApproval_ReportsPre2ForEach()
    {
        var request = _world.Approved(_world.NewAccountForm(attestations: _world.CurrentAttestations(StaffKind.NonEdd, daysAgo: 0)));
        _world.Clock.SetDate(_world.Clock.Today.AddYears(1).AddDays(1));

        var broken = StaffAccount.CreationEligibility(Grant(request), _world.MisAdministrator, _world.Business, _world.Policy);

        Assert.Equal(["PRE-2", "PRE-2"], broken.Select(r => r.Code));
    }

    [Fact]
    public void Create_WhenEvidenceWasUploadedForAnotherRequest_ThrowsDoc1ForEveryRequiredDocument()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.NonEdd));
        var other = _world.Approved(_world.NewAccountForm(StaffKind.NonEdd));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Create(Grant(request, evidence: _world.FullEvidence(other))));

        Assert.Equal(["DOC-1", "DOC-1", "DOC-1"], ex.Codes);
    }

    [Fact]
    public void Create_WhenNonEddStaffHasOnlyTheRequestForm_ThrowsDoc1ForIspaCertificateAndE1()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.NonEdd));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Create(Grant(request, evidence: [_world.Evidence(request, DocumentKind.SystemAccessRequestForm)])));

        Assert.Equal(["DOC-1", "DOC-1"], ex.Codes);
    }

    [Fact]
    public void Create_WhenEddStaffHasOnlyTheRequestForm_CreatesTheAccount()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.Edd));

        var account = Create(Grant(request, evidence: [_world.Evidence(request, DocumentKind.SystemAccessRequestForm)]));

        Assert.Equal(StaffKind.Edd, account.StaffKind);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("pat staff")]
    [InlineData("pat@staff")]
    public void Create_WhenUsernameIsInvalid_ThrowsInvalidInputNamingUsername(string username)
    {
        var request = _world.Approved(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => Create(Grant(request, username: username)));

        Assert.Equal("Username", ex.Field);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Create_WhenUsernameIsLongerThan64Characters_ThrowsInvalidInputNamingUsername()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => Create(Grant(request, username: new string('p', 65))));

        Assert.Equal("Username", ex.Field);
    }

    [Fact]
    public void Create_WhenGroupDiffersFromTheRequestedOne_ThrowsReq1()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.LwiaCboStaff));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Create(Grant(request, group: _world.Group(DirectivePrivilegeGroups.ViewAccess))));

        Assert.Contains("REQ-1", ex.Codes);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Create_WhenTheRequestAwaitsTheOperationsUnitsDecisionOnAnEscalation_ThrowsGrp3AndLeavesItApproved()
    {
        var request = _world.Approved(_world.NewAccountForm());
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.LwiaCboStaff),
            [_world.Privilege("SSN_UNMASK")], "Partner staff work WSB cases.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Create(Grant(request) with { Escalation = escalation }));

        Assert.Equal(["GRP-3"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Create_WhenRestrictedExtraPrivilegeIsGranted_ThrowsGrp3()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Create(Grant(request, extras: [_world.Privilege("SSN_UNMASK")])));

        Assert.Equal(["GRP-3"], ex.Codes);
    }

    private NewAccountGrant Grant(AccessRequest request, string username = "pat.staff", PrivilegeGroup? group = null,
        IReadOnlyCollection<Privilege>? extras = null, IReadOnlyCollection<EvidenceDocument>? evidence = null) =>
        new(request, username, group ?? _world.Catalog.Groups.Single(g => g.Id == request.Form.RequestedGroupId),
            extras ?? [], evidence ?? _world.FullEvidence(request));

    private StaffAccount Create(NewAccountGrant grant) =>
        StaffAccount.Create(grant, _world.MisAdministrator, _world.Business, _world.Policy);
}
