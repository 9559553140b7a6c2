using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>
/// REV-1: an administrator whose privileges the Operations Unit suspended is refused every administrative action
/// (request decisions, account creation and acts, escalation); once lifted, the same action succeeds.
/// </summary>
public class SuspendedAdministratorTests
{
    private readonly World _world = new();
    private readonly Guid _designationId;

    public SuspendedAdministratorTests()
    {
        _designationId = _world.LocalArea.ActiveDesignations.Single(d => d.PersonId == _world.MisAdministrator.PersonId).Id;
        _world.LocalArea.SuspendAdministrator(_designationId, "Automated access to CalJOBS.", _world.Clock.Today);
    }

    private AdministratorActor Suspended => _world.LocalArea.ActorFor(_world.MisAdministrator.PersonId)!;

    private AdministratorActor Lifted()
    {
        _world.LocalArea.LiftAdministratorSuspension(_designationId);
        return _world.LocalArea.ActorFor(_world.MisAdministrator.PersonId)!;
    }

    [Fact]
    public void Approve_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(Suspended, TestSignatures.Approval(Suspended, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["REV-1"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void Approve_WhenTheSuspensionIsLifted_Approves()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var lifted = Lifted();
        request.Approve(lifted, TestSignatures.Approval(lifted, _world.Business), _world.Business, _world.Policy);

        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void ReturnForCorrection_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.ReturnForCorrection(Suspended, "Fix the dates.", _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void Reject_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Reject(Suspended, "No business need.", _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void Reject_WhenTheSuspensionIsLifted_Rejects()
    {
        var request = _world.Submit(_world.NewAccountForm());

        request.Reject(Lifted(), "No business need.", _world.Business);

        Assert.Equal(AccessRequestStatus.Rejected, request.Status);
    }

    [Fact]
    public void Create_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var grant = Grant();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => StaffAccount.Create(grant, Suspended, _world.Business, _world.Policy));

        Assert.Equal(["REV-1"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Approved, grant.Request.Status);
    }

    [Fact]
    public void Create_WhenTheSuspensionIsLifted_CreatesTheAccount()
    {
        var grant = Grant();

        var account = StaffAccount.Create(grant, Lifted(), _world.Business, _world.Policy);

        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    [Fact]
    public void ResetPassword_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, Suspended, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void ResetPassword_WhenTheSuspensionIsLifted_FulfilsTheRequest()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);

        account.ResetPassword(request, Lifted(), _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void ChangePrivileges_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PrivilegeUpdate);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, Suspended,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void Renew_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.AnnualRenewal);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Renew(request, Suspended, _world.FullEvidence(request), _world.Business, _world.Policy));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void Deactivate_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.Deactivation);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(request, Suspended, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    [Fact]
    public void Deactivate_WhenTheSuspensionIsLifted_Deactivates()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.Deactivation);

        account.Deactivate(request, Lifted(), _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccountStatus.Deactivated, account.Status);
    }

    [Fact]
    public void RaiseEscalation_WhenAdministratorIsSuspended_ThrowsRev1()
    {
        var request = ApprovedDvopRequest();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Escalation.Raise(request, Suspended,
            _world.Group(DirectivePrivilegeGroups.Dvop), [], "Co-located WSB programme.", _world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void RaiseEscalation_WhenTheSuspensionIsLifted_RaisesIt()
    {
        var request = ApprovedDvopRequest();

        var escalation = Escalation.Raise(request, Lifted(), _world.Group(DirectivePrivilegeGroups.Dvop), [], "Co-located WSB programme.", _world.Business);

        Assert.Equal(EscalationStatus.Open, escalation.Status);
    }

    private NewAccountGrant Grant()
    {
        var request = _world.Approved(_world.NewAccountForm(), _world.MisAdministrator);
        return new NewAccountGrant(request, "pat.staff", _world.Group(DirectivePrivilegeGroups.LwiaCboStaff), [], _world.FullEvidence(request));
    }

    /// <summary>Approved while the administrator was not yet suspended (the snapshot actor), so the suspension is the only thing wrong.</summary>
    private AccessRequest ApprovedFor(StaffAccount account, AccessRequestKind kind) =>
        _world.Approved(_world.FormFor(account, kind), _world.MisAdministrator);

    private AccessRequest ApprovedDvopRequest() =>
        _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop), _world.MisAdministrator);
}
