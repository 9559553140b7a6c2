using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>DES-2: a designated but untrained administrator is refused every administrative action.</summary>
public class UntrainedAdministratorTests
{
    private readonly World _world = new();
    private readonly AdministratorActor _untrained;

    public UntrainedAdministratorTests() => _untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);

    [Fact]
    public void Approve_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(_untrained, TestSignatures.Approval(_untrained, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["DES-2"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void Create_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var request = _world.Approved(_world.NewAccountForm());
        var grant = new NewAccountGrant(request, "pat.staff", _world.Group(DirectivePrivilegeGroups.LwiaCboStaff), [],
            _world.FullEvidence(request));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            StaffAccount.Create(grant, _untrained, _world.Business, _world.Policy));

        Assert.Equal(["DES-2"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void ResetPassword_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _untrained, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
    }

    [Fact]
    public void ChangePrivileges_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PrivilegeUpdate);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _untrained,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
    }

    [Fact]
    public void Renew_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.AnnualRenewal);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Renew(request, _untrained, _world.FullEvidence(request), _world.Business, _world.Policy));

        Assert.Equal(["DES-2"], ex.Codes);
    }

    [Fact]
    public void Deactivate_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.Deactivation);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(request, _untrained, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    /// <summary>Built with the trained administrator, so the untrained one is the only thing wrong.</summary>
    private AccessRequest ApprovedFor(StaffAccount account, AccessRequestKind kind) =>
        _world.Approved(_world.FormFor(account, kind), _world.MisAdministrator);
}
