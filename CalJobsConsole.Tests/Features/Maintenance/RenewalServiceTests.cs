using CalJobsConsole.App.Features;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Maintenance;

/// <summary>REN-1 from an approved renewal request, both ways: renewed with the due date a year after the approval, or refused with the rule that stops it.</summary>
public class RenewalServiceTests : AccountActTestBase
{
    [Fact]
    public async Task Renew_WhenAttestationsAreCurrentAndDocumentsUploaded_RenewsWithTheDueDateOneYearAfterTheApproval()
    {
        await StoreWithAccountAsync();
        var request = await ApprovedRenewalAsync();
        var approvedOn = World.Clock.Today;
        World.Clock.AdvanceDays(10);
        var desk = await Renewal(Administrator).DeskAsync(request.Id, Token);

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, desk.Version, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Assert.Empty(desk.Eligibility);
        Assert.Equal(approvedOn.AddYears(1), desk.NextDueOn);
        var account = await StoredAccountAsync();
        Assert.Equal((approvedOn.AddYears(1), (DateOnly?)approvedOn, AccountStatus.Active), (account.RenewalDueOn, account.LastRenewedOn, account.Status));
        Assert.Equal(request.Form.Attestations, account.Attestations);
        Assert.Equal(AccessRequestStatus.Fulfilled, (await StoredRequestAsync(request.Id)).Status);
        Assert.Equal(["AccessRequest.Fulfilled", "StaffAccount.Renewed"], await AuditActionsAsync(request.Id));
    }

    [Fact]
    public async Task Renew_WhenTheApprovalWasTheDayBeforeTheDueDate_DueDateIsOneYearAfterThatApprovalNotAfterToday()
    {
        await StoreWithAccountAsync();
        World.Clock.SetDate(Account.RenewalDueOn.AddDays(-1), hour: 23);
        var request = await ApprovedRenewalAsync();
        World.Clock.AdvanceDays(2);

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Assert.Equal(Account.RenewalDueOn.AddDays(-1).AddYears(1), (await StoredAccountAsync()).RenewalDueOn);
    }

    [Fact]
    public async Task Renew_WhenSuspendedForAnOverdueRenewal_ReturnsTheAccountToActive()
    {
        await StoreWithAccountAsync();
        World.Clock.SetDate(Account.RenewalDueOn);
        await ChangeAccountAsync(a => a.SuspendForOverdueRenewal(World.Business));
        var request = await ApprovedRenewalAsync();

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        var account = await StoredAccountAsync();
        Assert.Equal((AccountStatus.Active, (SuspensionCause?)null), (account.Status, account.SuspensionCause));
    }

    [Fact]
    public async Task Renew_WithoutTheUpdatedCertificateAndE1_IsRefusedWithDoc1ForEachAndChangesNothing()
    {
        await StoreWithAccountAsync();
        var request = await ApprovedRenewalAsync(DocumentKind.SystemAccessRequestForm);

        var desk = await Renewal(Administrator).DeskAsync(request.Id, Token);
        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["DOC-1", "DOC-1"], desk.Eligibility.Select(r => r.Code));
        Assert.False(desk.MayRenew);
        Assert.Equal(["DOC-1", "DOC-1"], outcome.Codes);
        await AssertUnchangedAsync(request);
    }

    [Fact]
    public async Task Renew_ForEddStaff_NeedsOnlyTheRequestForm()
    {
        await StoreWithAccountAsync(StaffKind.Edd);
        var request = await ApprovedRenewalAsync(DocumentKind.SystemAccessRequestForm);

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
    }

    [Fact]
    public async Task Renew_WhenTheAttestationsTurnedOlderThan12MonthsSinceTheApproval_IsRefusedWithRen1ForEach()
    {
        await StoreWithAccountAsync();
        var request = await ApprovedRenewalAsync();
        World.Clock.AdvanceDays(361);

        var desk = await Renewal(Administrator).DeskAsync(request.Id, Token);
        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["REN-1", "REN-1"], desk.Eligibility.Select(r => r.Code));
        Assert.Equal(["REN-1", "REN-1"], outcome.Codes);
        await AssertUnchangedAsync(request);
    }

    [Fact]
    public async Task Renew_WhenTheRequestIsNotApproved_IsRefusedWithReq1()
    {
        await StoreWithAccountAsync();
        var request = await SubmittedWithEvidenceAsync(World.FormFor(Account, AccessRequestKind.AnnualRenewal));

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["REQ-1"], outcome.Codes);
        await AssertUnchangedAsync(request, AccessRequestStatus.Submitted);
    }

    [Fact]
    public async Task Renew_ByAnAdministratorOfAnotherArea_IsRefusedWithSco1AndNoData()
    {
        var other = World.Designate(World.OtherLocalArea, "Sam Sacramento", trained: true);
        await StoreWithAccountAsync();
        await SignedIn.AddUserAsync(Database, other.PersonId, "Sam Sacramento", ConsoleRoles.MisAdministrator);
        var request = await ApprovedRenewalAsync();

        var desk = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Renewal(other.PersonId).DeskAsync(request.Id, Token));
        var outcome = await Renewal(other.PersonId).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["SCO-1"], desk.BrokenRules.Select(r => r.Code));
        Assert.DoesNotContain(Account.Staff.FullName, desk.Message);
        Assert.Equal(["SCO-1"], outcome.Codes);
        await AssertUnchangedAsync(request);
    }

    [Fact]
    public async Task Renew_ByAnUntrainedAdministratorOfTheArea_IsRefusedWithDes2()
    {
        var untrained = World.Designate(World.LocalArea, "Uma Untrained", trained: false);
        await StoreWithAccountAsync();
        await SignedIn.AddUserAsync(Database, untrained.PersonId, "Uma Untrained", ConsoleRoles.MisAdministrator);
        var request = await ApprovedRenewalAsync();

        var outcome = await Renewal(untrained.PersonId).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["DES-2"], outcome.Codes);
        await AssertUnchangedAsync(request);
    }

    [Fact]
    public async Task Renew_ForADeactivatedAccount_IsRefusedWithDea1()
    {
        await StoreWithAccountAsync();
        var deactivation = await ApprovedDeactivationAsync(World.Clock.Today);
        await Deactivation(Administrator).DeactivateAsync(deactivation.Id, deactivation.Version, Token);
        var request = await ApprovedRenewalAsync();

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version, Token);

        Assert.Equal(["DEA-1"], outcome.Codes);
        Assert.Equal(AccessRequestStatus.Approved, (await StoredRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task Renew_AgainstAStaleVersion_SaysTheRequestChanged()
    {
        await StoreWithAccountAsync();
        var request = await ApprovedRenewalAsync();

        var outcome = await Renewal(Administrator).RenewAsync(request.Id, request.Version - 1, Token);

        Assert.True(outcome.WasChanged);
        Assert.Equal(ActOutcome.ChangedMessage, outcome.Problem);
        await AssertUnchangedAsync(request);
    }

    private async Task AssertUnchangedAsync(AccessRequest request, AccessRequestStatus status = AccessRequestStatus.Approved)
    {
        var account = await StoredAccountAsync();
        Assert.Equal((Account.RenewalDueOn, Account.LastRenewedOn, Account.Status), (account.RenewalDueOn, account.LastRenewedOn, account.Status));
        Assert.Equal(status, (await StoredRequestAsync(request.Id)).Status);
        Assert.Empty(await AuditActionsAsync(request.Id));
    }
}
