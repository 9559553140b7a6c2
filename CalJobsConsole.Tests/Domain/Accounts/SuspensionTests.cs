using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>REV-1: suspension on the renewal due date, and by the Operations Unit with a reason.</summary>
public class SuspensionTests
{
    private readonly World _world = new();

    [Fact]
    public void SuspendForOverdueRenewal_WhenTheDayBeforeTheDueDate_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(account.RenewalDueOn.AddDays(-1));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SuspendForOverdueRenewal(_world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
    }

    [Fact]
    public void SuspendForOverdueRenewal_WhenOnTheDueDate_Suspends()
    {
        var account = ActivatedAccount();
        _world.Clock.SetDate(account.RenewalDueOn, hour: 0);

        var suspended = account.SuspendForOverdueRenewal(_world.Business);

        Assert.True(suspended);
        Assert.Equal(AccountStatus.Suspended, account.Status);
        Assert.Equal(SuspensionCause.OverdueRenewal, account.SuspensionCause);
        Assert.False(account.CanSignIn);
    }

    [Fact]
    public void SuspendForOverdueRenewal_WhenRunAgain_ReturnsFalse()
    {
        var account = ActivatedAccount();
        _world.Clock.SetDate(account.RenewalDueOn);
        account.SuspendForOverdueRenewal(_world.Business);
        _world.Clock.AdvanceDays(1);

        var suspendedAgain = account.SuspendForOverdueRenewal(_world.Business);

        Assert.False(suspendedAgain);
        Assert.Equal(SuspensionCause.OverdueRenewal, account.SuspensionCause);
    }

    [Fact]
    public void SuspendForOverdueRenewal_WhenAlreadySuspendedByTheOperationsUnit_ReturnsFalseAndKeepsThatCause()
    {
        var account = ActivatedAccount();
        account.SuspendByOperationsUnit("Failure to follow the directive.");
        _world.Clock.SetDate(account.RenewalDueOn);

        var suspended = account.SuspendForOverdueRenewal(_world.Business);

        Assert.False(suspended);
        Assert.Equal(SuspensionCause.OperationsUnit, account.SuspensionCause);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenSuspendedForOverdueRenewal_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(account.RenewalDueOn.AddDays(-1), hour: 10);
        var reset = _world.Approved(_world.FormFor(account, AccessRequestKind.PasswordReset));
        account.ResetPassword(reset, _world.MisAdministrator, _world.FullEvidence(reset), _world.Business);
        _world.Clock.SetDate(account.RenewalDueOn, hour: 9); // 23 h later: the new temporary password is still valid
        account.SuspendForOverdueRenewal(_world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenSuspendedByTheOperationsUnit_ThrowsRev1()
    {
        var account = _world.CreateAccount();
        account.SuspendByOperationsUnit("Use of automation to extract data.");

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        Assert.Equal(["REV-1"], ex.Codes);
        Assert.False(account.TemporaryCredential!.IsUsed);
    }

    [Fact]
    public void SuspendByOperationsUnit_WithAReason_SuspendsAndRecordsIt()
    {
        var account = ActivatedAccount();

        account.SuspendByOperationsUnit("Use of automation to extract data.");

        Assert.Equal(AccountStatus.Suspended, account.Status);
        Assert.Equal(SuspensionCause.OperationsUnit, account.SuspensionCause);
        Assert.Equal("Use of automation to extract data.", account.SuspensionNote);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void SuspendByOperationsUnit_WhenReasonIsMissing_ThrowsInvalidInputNamingReason(string? reason)
    {
        var account = ActivatedAccount();

        var ex = Assert.Throws<InvalidInputException>(() => account.SuspendByOperationsUnit(reason));

        Assert.Equal("Reason", ex.Field);
        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Fact]
    public void LiftOperationsUnitSuspension_WhenSuspendedByTheOperationsUnit_RestoresAccess()
    {
        var account = ActivatedAccount();
        account.SuspendByOperationsUnit("Failure to follow the directive.");

        account.LiftOperationsUnitSuspension();

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Null(account.SuspensionCause);
        Assert.Null(account.SuspensionNote);
    }

    [Fact]
    public void LiftOperationsUnitSuspension_WhenSuspendedForOverdueRenewal_ThrowsInvalidInputNamingSuspensionCause()
    {
        var account = ActivatedAccount();
        _world.Clock.SetDate(account.RenewalDueOn);
        account.SuspendForOverdueRenewal(_world.Business);

        var ex = Assert.Throws<InvalidInputException>(account.LiftOperationsUnitSuspension);

        Assert.Equal("SuspensionCause", ex.Field);
        Assert.Equal(AccountStatus.Suspended, account.Status);
    }

    [Fact]
    public void LiftOperationsUnitSuspension_WhenNotSuspended_ThrowsInvalidInputNamingSuspensionCause()
    {
        var account = ActivatedAccount();

        var ex = Assert.Throws<InvalidInputException>(account.LiftOperationsUnitSuspension);

        Assert.Equal("SuspensionCause", ex.Field);
    }

    private StaffAccount ActivatedAccount()
    {
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        account.CompletePasswordChange(_world.Business);
        return account;
    }
}
