using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>REN-1: the annual renewal with updated attestations and, for non-EDD staff, updated documents.</summary>
public class RenewalTests
{
    private static readonly DateOnly RenewalDay = new(2027, 3, 1);

    private readonly World _world = new();

    [Fact]
    public void Renew_WhenApproved_NextDueDateIsOneYearAfterTheRenewalDay()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);

        account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy);

        Assert.Equal(RenewalDay, account.LastRenewedOn);
        Assert.Equal(new DateOnly(2028, 3, 1), account.RenewalDueOn);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void Renew_WhenCarriedOutDaysAfterTheApproval_NextDueDateIsOneYearAfterTheApproval()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);
        var evidence = _world.FullEvidence(request);
        _world.Clock.AdvanceDays(3);

        account.Renew(request, _world.MisAdministrator, evidence, _world.Business, _world.Policy);

        Assert.Equal(RenewalDay, account.LastRenewedOn);
        Assert.Equal(new DateOnly(2028, 3, 1), account.RenewalDueOn);
    }

    [Fact]
    public void Renew_WhenApproved_AccountKeepsTheRequestsAttestations()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);

        account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy);

        Assert.Equal(request.Form.Attestations, account.Attestations);
    }

    [Fact]
    public void Renew_WhenNonEddStaffHasOnlyTheRequestForm_ThrowsDoc1ForIspaCertificateAndE1()
    {
        var account = _world.CreateAccount(StaffKind.NonEdd);
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.Renew(request, _world.MisAdministrator,
            [_world.Evidence(request, DocumentKind.SystemAccessRequestForm)], _world.Business, _world.Policy));

        Assert.Equal(["DOC-1", "DOC-1"], ex.Codes);
        Assert.Contains(ex.BrokenRules, r => r.Reason.Contains(DocumentKind.IspaCertificate.DisplayName()));
        Assert.Contains(ex.BrokenRules, r => r.Reason.Contains(DocumentKind.SignedAttachmentE1.DisplayName()));
        Assert.Equal(new DateOnly(2027, 3, 16), account.RenewalDueOn);
    }

    [Fact]
    public void Renew_WhenNonEddDocumentsCameWithTheCreationRequest_ThrowsDoc1()
    {
        var account = _world.CreateAccount(StaffKind.NonEdd);
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);
        var creation = _world.Submit(_world.NewAccountForm(StaffKind.NonEdd));
        var old = new[] { DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1 }.Select(k => _world.Evidence(creation, k));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.Renew(request, _world.MisAdministrator,
            [_world.Evidence(request, DocumentKind.SystemAccessRequestForm), .. old], _world.Business, _world.Policy));

        Assert.Equal(["DOC-1", "DOC-1"], ex.Codes);
    }

    [Fact]
    public void Renew_WhenEddStaffHasOnlyTheRequestForm_Renews()
    {
        var account = _world.CreateAccount(StaffKind.Edd);
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);

        account.Renew(request, _world.MisAdministrator, [_world.Evidence(request, DocumentKind.SystemAccessRequestForm)],
            _world.Business, _world.Policy);

        Assert.Equal(new DateOnly(2028, 3, 1), account.RenewalDueOn);
    }

    [Fact]
    public void Renew_WhenIspaDateIsExactlyTwelveMonthsOld_Renews()
    {
        var account = _world.CreateAccount(StaffKind.NonEdd);
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account, Attested(ispa: RenewalDay.AddYears(-1)));

        account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy);

        Assert.Equal(RenewalDay, account.LastRenewedOn);
    }

    [Fact]
    public void Renew_WhenIspaDateIsOneDayOlderThanTwelveMonths_ThrowsRen1()
    {
        var account = _world.CreateAccount(StaffKind.NonEdd);
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account, Attested(ispa: RenewalDay.AddYears(-1))); // current on the approval day
        _world.Clock.SetDate(RenewalDay.AddDays(1));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy));

        Assert.Equal(["REN-1"], ex.Codes);
        Assert.Null(account.LastRenewedOn);
    }

    [Fact]
    public void Approve_WhenRenewalStatementDateIsOlderThanTwelveMonths_ThrowsRen1()
    {
        var account = _world.CreateAccount(StaffKind.NonEdd);
        _world.Clock.SetDate(RenewalDay);
        var request = _world.Submit(_world.FormFor(account, AccessRequestKind.AnnualRenewal,
            attestations: Attested(statement: RenewalDay.AddYears(-1).AddDays(-1))));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["REN-1"], ex.Codes);
    }

    [Fact]
    public void Renew_WhenSuspendedForOverdueRenewal_ReturnsToActive()
    {
        var account = ActivatedAccount();
        _world.Clock.SetDate(account.RenewalDueOn);
        account.SuspendForOverdueRenewal(_world.Business);
        var request = RenewalRequest(account);

        account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy);

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Null(account.SuspensionCause);
        Assert.True(account.CanSignIn);
    }

    [Fact]
    public void Renew_WhenSuspendedByTheOperationsUnit_StaysSuspended()
    {
        var account = ActivatedAccount();
        account.SuspendByOperationsUnit("Automated queries against CalJOBS.");
        _world.Clock.SetDate(RenewalDay);
        var request = RenewalRequest(account);

        account.Renew(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business, _world.Policy);

        Assert.Equal(AccountStatus.Suspended, account.Status);
        Assert.Equal(SuspensionCause.OperationsUnit, account.SuspensionCause);
        Assert.Equal(new DateOnly(2028, 3, 1), account.RenewalDueOn);
    }

    private AccessRequest RenewalRequest(StaffAccount account, AttestationDates? attestations = null) =>
        _world.Approved(_world.FormFor(account, AccessRequestKind.AnnualRenewal, attestations));

    /// <summary>Non-EDD attestations, each dated 5 days ago unless given.</summary>
    private AttestationDates Attested(DateOnly? ispa = null, DateOnly? statement = null)
    {
        var recent = _world.Clock.Today.AddDays(-5);
        return new AttestationDates(ispa ?? recent,
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, statement ?? recent));
    }

    private StaffAccount ActivatedAccount()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        account.CompletePasswordChange(_world.Business);
        return account;
    }
}
