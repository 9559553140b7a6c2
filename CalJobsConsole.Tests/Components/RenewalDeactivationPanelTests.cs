using Bunit;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components;

/// <summary>The renewal and deactivation panels list every unmet rule before the button does anything, then show what the act did.</summary>
public class RenewalDeactivationPanelTests : ComponentTestContext
{
    private readonly World _world = new();
    private StaffAccount _account = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StoredWorld.CreateAsync(Database, _world);
        (_, _account) = await StoredAccounts.CreateAsync(Database, _world, _world.NewAccountForm(), "pat.staff");
        await StoredAccounts.SetOwnPasswordAsync(Database, _world, _account.Id);
        SignInAs(_world.MisAdministrator.PersonId);
        Services.AddScoped<RenewalService>();
        Services.AddScoped<DeactivationService>();
    }

    [Fact]
    public async Task RenewalPanel_WithoutTheCertificateAndE1_ListsBothDoc1RulesAndTheButtonIsDisabled()
    {
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.AnnualRenewal), [DocumentKind.SystemAccessRequestForm]);

        var panel = Render<RenewalPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForElement("#renew-account");

        Assert.Equal(["DOC-1", "DOC-1"], panel.FindAll(".unmet-rule .rule-code").Select(c => c.TextContent.Trim()));
        Assert.Contains("ISPA", panel.Find(".eligibility-panel").TextContent);
        Assert.True(panel.Find("#renew-account").HasAttribute("disabled"));
    }

    [Fact]
    public async Task RenewalPanel_WhenEverythingIsInPlace_RenewsAndShowsTheDueDateAYearAfterTheApproval()
    {
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.AnnualRenewal));
        var due = Clock.Business.ToBusinessDate(request.DecidedAt!.Value).AddYears(1).ToString("yyyy-MM-dd");
        var panel = Render<RenewalPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForElement("#renew-account");
        Assert.Empty(panel.FindAll(".unmet-rule"));

        await panel.Find("#renew-account").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Contains($"due on {due}", panel.Find("#account-renewed").TextContent));
    }

    [Fact]
    public async Task DeactivationPanel_WithoutTheRequestForm_ListsDoc1AndTheButtonIsDisabled()
    {
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.Deactivation, separationDate: Clock.Today), []);

        var panel = Render<DeactivationPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForElement("#deactivate-account");

        Assert.Equal(["DOC-1"], panel.FindAll(".unmet-rule .rule-code").Select(c => c.TextContent.Trim()));
        Assert.True(panel.Find("#deactivate-account").HasAttribute("disabled"));
    }

    [Fact]
    public async Task DeactivationPanel_WhenTheSeparationIsBeforeTheAccountExisted_ListsDea1AndTheButtonIsDisabled()
    {
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.Deactivation, separationDate: _account.CreatedOn.AddDays(-1)));

        var panel = Render<DeactivationPanel>(p => p.Add(x => x.RequestId, request.Id));

        panel.WaitForAssertion(() => Assert.Equal(["DEA-1"], panel.FindAll(".unmet-rule .rule-code").Select(c => c.TextContent.Trim())));
        Assert.Contains("before the account", panel.Find(".eligibility-panel").TextContent);
        Assert.True(panel.Find("#deactivate-account").HasAttribute("disabled"));
    }

    [Fact]
    public async Task DeactivationPanel_ADayAfterTheSeparation_SaysOneDayLateAndShowsItOnceDone()
    {
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.Deactivation, separationDate: Clock.Today));
        Clock.AdvanceDays(1);
        var panel = Render<DeactivationPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForElement("#deactivate-account");
        Assert.Contains("recorded as 1 day late", panel.Find("#deactivation-plan").TextContent);

        await panel.Find("#deactivate-account").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Contains("1 day late", panel.Find("#account-deactivated").TextContent));
    }

    [Fact]
    public async Task DeactivationPanel_WhenTheSeparationIsAhead_SchedulesItAndSaysForWhen()
    {
        var separation = Clock.Today.AddDays(21);
        var request = await ApprovedAsync(_world.FormFor(_account, AccessRequestKind.Deactivation, separationDate: separation));
        var panel = Render<DeactivationPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForElement("#deactivate-account");

        await panel.Find("#deactivate-account").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Contains($"Deactivation scheduled for {separation:yyyy-MM-dd}", panel.Find("#deactivation-scheduled").TextContent));
    }

    /// <summary>Stores the request approved by the area's administrator with the given documents (every required one by default).</summary>
    private async Task<AccessRequest> ApprovedAsync(AccessRequestForm form, IEnumerable<DocumentKind>? documents = null)
    {
        var request = _world.Approved(form);
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(documents is null ? _world.FullEvidence(request) : documents.Select(k => _world.Evidence(request, k)));
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return request;
    }
}
