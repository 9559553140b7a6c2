using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>CRD-1 and REQ-1: a new temporary password from an approved reset request.</summary>
public class PasswordResetTests
{
    private readonly World _world = new();

    [Fact]
    public void ResetPassword_WhenApprovedResetRequest_IssuesNewTemporaryCredential()
    {
        var account = ActivatedAccount();
        _world.Clock.AdvanceDays(3);
        var request = ResetRequest(account);

        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.Equal(_world.Clock.UtcNow, account.TemporaryCredential!.IssuedAt);
        Assert.False(account.TemporaryCredential.IsUsed);
        Assert.True(account.MustChangePassword);
        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Fact]
    public void ResetPassword_WhenDone_FulfilsTheRequestAndKeepsItsFormOnTheAccount()
    {
        var account = _world.CreateAccount();
        var request = ResetRequest(account);
        var evidence = _world.FullEvidence(request);

        account.ResetPassword(request, _world.MisAdministrator, evidence, _world.Business);

        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
        Assert.All(evidence, document => Assert.Equal(account.Id, document.AccountId));
    }

    [Fact]
    public void ResetPassword_WhenEarlierCredentialUnused_ReplacesIt()
    {
        var account = _world.CreateAccount();
        var earlier = account.TemporaryCredential!;
        _world.Clock.Advance(TimeSpan.FromHours(20));
        var request = ResetRequest(account);

        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.NotEqual(earlier, account.TemporaryCredential);
        Assert.Equal(_world.Clock.UtcNow.AddHours(24), account.TemporaryCredential!.ExpiresAt);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenEarlierCredentialsTimeIsUpButResetCredentialIsNot_SignsIn()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(20));
        var request = ResetRequest(account);
        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);
        _world.Clock.Advance(TimeSpan.FromHours(5)); // 25 h after the first issue, 5 h after the reset

        Assert.False(account.ExpireTemporaryCredential(_world.Business));
        account.SignInWithTemporaryPassword(_world.Business);

        Assert.True(account.TemporaryCredential!.IsUsed);
    }

    [Fact]
    public void SignInWithTemporaryPassword_When24HoursAfterTheReset_ThrowsCrd1()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(20));
        var request = ResetRequest(account);
        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);
        _world.Clock.Advance(TimeSpan.FromHours(24));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        Assert.Equal(["CRD-1"], ex.Codes);
    }

    [Fact]
    public void ResetPassword_WhenEarlierCredentialHadExpired_NewOneSignsIn()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(30));
        account.ExpireTemporaryCredential(_world.Business);
        var request = ResetRequest(account);

        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);
        account.SignInWithTemporaryPassword(_world.Business);

        Assert.True(account.TemporaryCredential!.IsUsed);
    }

    [Fact]
    public void ResetPassword_WhenRequestIsForAnotherAccount_ThrowsReq1()
    {
        var account = _world.CreateAccount();
        var other = _world.CreateAccount();
        var request = ResetRequest(other);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["REQ-1"], ex.Codes);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void ResetPassword_WhenRequestIsAlreadyFulfilled_ThrowsReq1()
    {
        var account = _world.CreateAccount();
        var request = ResetRequest(account);
        account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["REQ-1"], ex.Codes);
    }

    [Fact]
    public void ResetPassword_WhenRequestIsOfAnotherKind_ThrowsReq1()
    {
        var account = _world.CreateAccount();
        var renewal = _world.Approved(_world.FormFor(account, AccessRequestKind.AnnualRenewal));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(renewal, _world.MisAdministrator, _world.FullEvidence(renewal), _world.Business));

        Assert.Equal(["REQ-1"], ex.Codes);
    }

    [Fact]
    public void ResetPassword_WhenRequestFormNotUploaded_ThrowsDoc1()
    {
        var account = _world.CreateAccount();
        var issued = account.TemporaryCredential;
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var request = ResetRequest(account);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _world.MisAdministrator, [], _world.Business));

        Assert.Equal(["DOC-1"], ex.Codes);
        Assert.Equal(issued, account.TemporaryCredential);
    }

    [Fact]
    public void ResetPassword_WhenAccountIsDeactivated_ThrowsDea1()
    {
        var account = _world.CreateAccount();
        var deactivation = _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation));
        account.Deactivate(deactivation, _world.MisAdministrator, _world.FullEvidence(deactivation), _world.Business);
        var request = ResetRequest(account);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.ResetPassword(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["DEA-1"], ex.Codes);
    }

    private AccessRequest ResetRequest(StaffAccount account) =>
        _world.Approved(_world.FormFor(account, AccessRequestKind.PasswordReset));

    private StaffAccount ActivatedAccount()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        account.CompletePasswordChange(_world.Business);
        return account;
    }
}
