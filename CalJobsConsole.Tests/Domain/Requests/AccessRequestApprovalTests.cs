using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Requests;

/// <summary>Approving a request: once, by a trained administrator of the request's own area, with the prerequisites met.</summary>
public class AccessRequestApprovalTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    [Fact]
    public void Approve_WhenTrainedAdministratorOfTheArea_ApprovesAndRecordsTheDecider()
    {
        var request = _world.Submit(_world.NewAccountForm());

        request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy);

        Assert.Equal(AccessRequestStatus.Approved, request.Status);
        Assert.Equal(_world.MisAdministrator.PersonId, request.DecidedById);
        Assert.Equal(_world.Clock.UtcNow, request.DecidedAt);
    }

    [Fact]
    public void Approve_WhenAlreadyApproved_ThrowsReq1()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["REQ-1"], ex.Codes);
    }

    [Fact]
    public void Approve_WhenReturnedForCorrection_ThrowsReq1()
    {
        var request = _world.Submit(_world.NewAccountForm());
        request.ReturnForCorrection(_world.MisAdministrator, "Add the ISPA date.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["REQ-1"], ex.Codes);
    }

    [Fact]
    public void Approve_WhenAdministratorIsUntrained_ThrowsDes2AndLeavesTheRequestSubmitted()
    {
        var untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(untrained, TestSignatures.Approval(untrained, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["DES-2"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void Approve_WhenAdministratorIsOfAnotherArea_ThrowsSco1()
    {
        var outsider = _world.Designate(_world.OtherLocalArea, "Olive Other", trained: true);
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(outsider, TestSignatures.Approval(outsider, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void Approve_WhenSpocCoverageExcludesTheOffice_ThrowsSco1()
    {
        var regional = _world.Designate(_world.Division, "Cora Coverage", trained: true, SpocCoverage.Offices([_world.PartnerOffice.Id]));
        var request = _world.Submit(_world.NewAccountForm(StaffKind.Edd, wsb: true));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(regional, TestSignatures.Approval(regional, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void Approve_WhenEddStaffGaveAnE1_ThrowsPre1()
    {
        var attestations = new AttestationDates(Today.AddDays(-3),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-3)));
        var request = _world.Submit(_world.NewAccountForm(StaffKind.Edd, attestations: attestations));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["PRE-1"], ex.Codes);
    }

    [Fact]
    public void ApprovalEligibility_WhenUntrainedAdministratorAndRefusalAndStaleIspa_ListsEveryBrokenRuleAtOnce()
    {
        var untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);
        var attestations = new AttestationDates(Today.AddYears(-1).AddDays(-1),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-2)));
        var request = _world.Submit(_world.NewAccountForm(StaffKind.NonEdd, attestations: attestations));

        var broken = request.ApprovalEligibility(untrained, _world.Business, _world.Policy);

        Assert.Equal(["DES-2", "PRE-1", "PRE-2"], broken.Select(r => r.Code));
        Assert.Contains("refused", broken.Single(r => r.Code == "PRE-1").Reason);
    }

    [Fact]
    public void ApprovalEligibility_WhenEverythingHolds_IsEmpty()
    {
        var request = _world.Submit(_world.NewAccountForm(StaffKind.Edd));

        Assert.Empty(request.ApprovalEligibility(_world.MisAdministrator, _world.Business, _world.Policy));
    }

    [Fact]
    public void ApprovalEligibility_WhenRenewalCarriesStaleAttestations_ListsRen1()
    {
        var account = _world.CreateAccount();
        var stale = new AttestationDates(Today.AddYears(-1).AddDays(-1),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-5)));
        var request = _world.Submit(_world.FormFor(account, AccessRequestKind.AnnualRenewal, stale));

        var broken = request.ApprovalEligibility(_world.MisAdministrator, _world.Business, _world.Policy);

        Assert.Equal(["REN-1"], broken.Select(r => r.Code));
    }

    [Fact]
    public void ApprovalEligibility_WhenTheClockPassesTheAttestationsAnniversary_TurnsPre2()
    {
        var request = _world.Submit(_world.NewAccountForm(attestations: _world.CurrentAttestations(StaffKind.NonEdd, daysAgo: 0)));
        _world.Clock.SetDate(Today.AddYears(1));
        Assert.Empty(request.ApprovalEligibility(_world.MisAdministrator, _world.Business, _world.Policy));

        _world.Clock.AdvanceDays(1);

        Assert.Equal(["PRE-2", "PRE-2"], request.ApprovalEligibility(_world.MisAdministrator, _world.Business, _world.Policy).Select(r => r.Code));
    }
}
