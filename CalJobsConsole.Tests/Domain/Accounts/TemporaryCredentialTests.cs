using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>CRD-1: the temporary password lasts 24 hours, is used once, and forces a new password.</summary>
public class TemporaryCredentialTests
{
    private static readonly TimeSpan JustUnderADay = TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1);

    private readonly World _world = new();

    [Fact]
    public void SignInWithTemporaryPassword_WhenAt23h59m59sAfterIssue_SignsIn()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(JustUnderADay);

        account.SignInWithTemporaryPassword(_world.Business);

        Assert.Equal(_world.Clock.UtcNow, account.TemporaryCredential!.UsedAt);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenExactly24HoursAfterIssue_ThrowsCrd1()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(24));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        Assert.Equal(["CRD-1"], ex.Codes);
        Assert.False(account.TemporaryCredential!.IsUsed);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenFirstSignIn_MarksItUsedAndStillRequiresANewPassword()
    {
        var account = _world.CreateAccount();

        account.SignInWithTemporaryPassword(_world.Business);

        Assert.True(account.TemporaryCredential!.IsUsed);
        Assert.True(account.MustChangePassword);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenAlreadyUsed_ThrowsCrd1()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        _world.Clock.Advance(TimeSpan.FromMinutes(5));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        Assert.Equal(["CRD-1"], ex.Codes);
    }

    [Fact]
    public void CompletePasswordChange_AfterFirstSignIn_ActivatesTheAccount()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);

        account.CompletePasswordChange(_world.Business);

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.False(account.MustChangePassword);
        Assert.Equal(_world.Clock.Today, account.ActivatedOn);
    }

    [Fact]
    public void CompletePasswordChange_WhenTemporaryPasswordNotUsedYet_ThrowsInvalidInputNamingMustChangePassword()
    {
        var account = _world.CreateAccount();

        var ex = Assert.Throws<InvalidInputException>(() => account.CompletePasswordChange(_world.Business));

        Assert.Equal("MustChangePassword", ex.Field);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    [Fact]
    public void ExpireTemporaryCredential_WhenBefore24Hours_ReturnsFalse()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(JustUnderADay);

        var expired = account.ExpireTemporaryCredential(_world.Business);

        Assert.False(expired);
        Assert.Null(account.TemporaryCredential!.ExpiredAt);
    }

    [Fact]
    public void ExpireTemporaryCredential_WhenAt24Hours_ReturnsTrueAndRecordsTheExpiry()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(24));

        var expired = account.ExpireTemporaryCredential(_world.Business);

        Assert.True(expired);
        Assert.Equal(_world.Clock.UtcNow, account.TemporaryCredential!.ExpiredAt);
    }

    [Fact]
    public void ExpireTemporaryCredential_WhenRunAgain_ReturnsFalse()
    {
        var account = _world.CreateAccount();
        _world.Clock.Advance(TimeSpan.FromHours(24));
        account.ExpireTemporaryCredential(_world.Business);
        _world.Clock.Advance(TimeSpan.FromHours(1));

        var expiredAgain = account.ExpireTemporaryCredential(_world.Business);

        Assert.False(expiredAgain);
    }

    [Fact]
    public void ExpireTemporaryCredential_WhenAlreadyUsed_ReturnsFalse()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        _world.Clock.Advance(TimeSpan.FromHours(25));

        Assert.False(account.ExpireTemporaryCredential(_world.Business));
    }
}
