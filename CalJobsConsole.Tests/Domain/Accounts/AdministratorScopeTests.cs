using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>SCO-1: an administrator acts only on the accounts and requests of their own area.</summary>
public class AdministratorScopeTests
{
    private readonly World _world = new();

    [Fact]
    public void ResetPassword_WhenSpocActsOnALocalAreaAccount_ThrowsSco1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _world.Spoc, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void Deactivate_WhenSpocActsOnALocalAreaAccount_ThrowsSco1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.Deactivation);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(request, _world.Spoc, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void Renew_WhenSpocActsOnALocalAreaAccount_ThrowsSco1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.AnnualRenewal);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Renew(request, _world.Spoc, _world.FullEvidence(request), _world.Business, _world.Policy));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void ChangePrivileges_WhenSpocActsOnALocalAreaAccount_ThrowsSco1AndGrp2()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PrivilegeUpdate);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.Spoc,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["SCO-1", "GRP-2"], ex.Codes);
    }

    [Fact]
    public void CreationEligibility_WhenSpocCreatesALocalAreaAccount_ListsSco1AndGrp2()
    {
        var request = _world.Approved(_world.NewAccountForm());
        var grant = new NewAccountGrant(request, "pat.staff", _world.Group(DirectivePrivilegeGroups.LwiaCboStaff), [],
            _world.FullEvidence(request));

        var broken = StaffAccount.CreationEligibility(grant, _world.Spoc, _world.Business, _world.Policy);

        Assert.Equal(["SCO-1", "GRP-2"], broken.Select(r => r.Code));
    }

    [Fact]
    public void Approve_WhenSpocApprovesALocalAreaRequest_ThrowsSco1()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Approve(_world.Spoc, TestSignatures.Approval(_world.Spoc, _world.Business), _world.Business, _world.Policy));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void ResetPassword_WhenAnotherLocalAreasAdministratorActs_ThrowsSco1()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);
        var outsider = _world.Designate(_world.OtherLocalArea, "Otto Outsider", trained: true);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, outsider, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public void ActEligibility_WhenSeveralRulesAreBroken_ListsEveryOneAtOnce()
    {
        var account = _world.CreateAccount();
        var request = ApprovedFor(account, AccessRequestKind.PasswordReset);
        var untrainedSpoc = _world.Designate(_world.Division, "Ulla Untrained", trained: false);

        var broken = account.ActEligibility(request, untrainedSpoc, [], _world.Business, _world.Policy);

        Assert.Equal(["DES-2", "SCO-1", "DOC-1"], broken.Select(r => r.Code));
    }

    private AccessRequest ApprovedFor(StaffAccount account, AccessRequestKind kind) =>
        _world.Approved(_world.FormFor(account, kind));
}
