using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>DEA-1: deactivation no later than the separation date, from an uploaded request; scheduled when ahead, recorded late when past.</summary>
public class DeactivationTests
{
    private readonly World _world = new();

    [Fact]
    public void Deactivate_WhenSeparationIsToday_DeactivatesOnTime()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today);

        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccountStatus.Deactivated, account.Status);
        Assert.Equal(_world.Clock.Today, account.DeactivatedOn);
        Assert.Equal(0, account.DeactivationDaysLate);
        Assert.False(account.DeactivatedLate);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void Deactivate_WhenDone_KeepsTheRequestFormOnTheAccount()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today);
        var evidence = _world.FullEvidence(request);

        account.Deactivate(request, _world.MisAdministrator, evidence, _world.Business);

        Assert.All(evidence, document => Assert.Equal(account.Id, document.AccountId));
    }

    [Fact]
    public void Deactivate_WhenTemporaryPasswordUnused_ExpiresIt()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today);

        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.NotNull(account.TemporaryCredential!.ExpiredAt);
        Assert.False(account.TemporaryCredential.IsValidAt(_world.Clock.UtcNow));
    }

    [Fact]
    public void Deactivate_WhenSeparationWasNineDaysAgo_DeactivatesNowRecordedNineDaysLate()
    {
        var account = _world.CreateAccount(); // created 2026-03-16
        _world.Clock.SetDate(new DateOnly(2026, 3, 25));
        var request = DeactivationRequest(account, new DateOnly(2026, 3, 16));

        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccountStatus.Deactivated, account.Status);
        Assert.Equal(new DateOnly(2026, 3, 25), account.DeactivatedOn);
        Assert.Equal(9, account.DeactivationDaysLate);
        Assert.True(account.DeactivatedLate);
    }

    [Fact]
    public void Deactivate_WhenSeparationIsInTheFuture_SchedulesIt()
    {
        var account = _world.CreateAccount();
        var separation = _world.Clock.Today.AddDays(5);
        var request = DeactivationRequest(account, separation);

        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
        Assert.Equal(separation, account.ScheduledDeactivationOn);
        Assert.Equal(request.Id, account.ScheduledDeactivationRequestId);
        Assert.Null(account.DeactivatedOn);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Deactivate_WhenSeparationIsTomorrow_SchedulesItInsteadOfClosingNow()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today.AddDays(1));

        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
        Assert.Equal(_world.Clock.Today.AddDays(1), account.ScheduledDeactivationOn);
    }

    [Fact]
    public void CarryOutScheduledDeactivation_WhenTheDayBeforeTheDate_ReturnsFalse()
    {
        var (account, request, separation) = Scheduled();
        _world.Clock.SetDate(separation.AddDays(-1), hour: 23);

        var done = account.CarryOutScheduledDeactivation(request, _world.Business);

        Assert.False(done);
        Assert.NotEqual(AccountStatus.Deactivated, account.Status);
    }

    [Fact]
    public void CarryOutScheduledDeactivation_WhenOnTheDate_DeactivatesOnTime()
    {
        var (account, request, separation) = Scheduled();
        _world.Clock.SetDate(separation, hour: 0);

        var done = account.CarryOutScheduledDeactivation(request, _world.Business);

        Assert.True(done);
        Assert.Equal(AccountStatus.Deactivated, account.Status);
        Assert.Equal(separation, account.DeactivatedOn);
        Assert.Equal(0, account.DeactivationDaysLate);
        Assert.Null(account.ScheduledDeactivationOn);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void CarryOutScheduledDeactivation_WhenRunAgain_ReturnsFalse()
    {
        var (account, request, separation) = Scheduled();
        _world.Clock.SetDate(separation);
        account.CarryOutScheduledDeactivation(request, _world.Business);
        _world.Clock.AdvanceDays(1);

        var doneAgain = account.CarryOutScheduledDeactivation(request, _world.Business);

        Assert.False(doneAgain);
        Assert.Equal(separation, account.DeactivatedOn);
    }

    [Fact]
    public void CarryOutScheduledDeactivation_WhenTwoDaysAfterTheDate_RecordsTwoDaysLate()
    {
        var (account, request, separation) = Scheduled();
        _world.Clock.SetDate(separation.AddDays(2));

        account.CarryOutScheduledDeactivation(request, _world.Business);

        Assert.Equal(2, account.DeactivationDaysLate);
    }

    [Fact]
    public void Deactivate_WhenRequestFormNotUploadedBeforehand_ThrowsDoc1()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(request, _world.MisAdministrator, [], _world.Business));

        Assert.Equal(["DOC-1"], ex.Codes);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Deactivate_WhenSeparationIsBeforeTheAccountWasCreated_ThrowsDea1NamingTheSeparationDate()
    {
        var account = _world.CreateAccount(); // created 2026-03-16
        var request = DeactivationRequest(account, new DateOnly(2026, 3, 15));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business));

        Assert.Equal(["DEA-1"], ex.Codes);
        Assert.Contains("separation date 2026-03-15 is before the account", ex.BrokenRules[0].Reason);
        Assert.Equal(AccountStatus.PendingFirstSignIn, account.Status);
        Assert.Null(account.SeparationDate);
    }

    [Fact]
    public void Deactivate_WhenAlreadyDeactivated_ThrowsDea1()
    {
        var account = Deactivated();
        var second = DeactivationRequest(account, _world.Clock.Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Deactivate(second, _world.MisAdministrator, _world.FullEvidence(second), _world.Business));

        Assert.Equal(["DEA-1"], ex.Codes);
    }

    [Fact]
    public void SignInWithTemporaryPassword_WhenDeactivated_ThrowsDea1()
    {
        var account = Deactivated();

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SignInWithTemporaryPassword(_world.Business));

        // The deactivation also expired the unused temporary password, so CRD-1 is listed after DEA-1.
        Assert.Equal(["DEA-1", "CRD-1"], ex.Codes);
        Assert.False(account.CanSignIn);
    }

    [Fact]
    public void Renew_WhenDeactivated_ThrowsDea1()
    {
        var account = Deactivated();
        var renewal = _world.Approved(_world.FormFor(account, AccessRequestKind.AnnualRenewal));

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            account.Renew(renewal, _world.MisAdministrator, _world.FullEvidence(renewal), _world.Business, _world.Policy));

        Assert.Equal(["DEA-1"], ex.Codes);
        Assert.Equal(AccountStatus.Deactivated, account.Status);
    }

    [Fact]
    public void SuspendForOverdueRenewal_WhenDeactivated_ThrowsDea1()
    {
        var account = Deactivated();
        _world.Clock.SetDate(account.RenewalDueOn);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.SuspendForOverdueRenewal(_world.Business));

        Assert.Equal(["DEA-1"], ex.Codes);
    }

    private AccessRequest DeactivationRequest(StaffAccount account, DateOnly separation) =>
        _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation, separationDate: separation));

    private StaffAccount Deactivated()
    {
        var account = _world.CreateAccount();
        var request = DeactivationRequest(account, _world.Clock.Today);
        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);
        return account;
    }

    private (StaffAccount Account, AccessRequest Request, DateOnly Separation) Scheduled()
    {
        var account = _world.CreateAccount();
        var separation = _world.Clock.Today.AddDays(5);
        var request = DeactivationRequest(account, separation);
        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);
        return (account, request, separation);
    }
}
