using System.Text;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.Monitoring;

/// <summary>
/// MON-1's review screens behind the pages: the Operations Unit requests documentation, the area's administrator answers in
/// their inbox, the Operations Unit resolves and publishes; each area's Director and administrators read only their own
/// area's published results (SCO-1).
/// </summary>
public class MonitoringReviewServiceTests : MonitoringTestBase
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private MonitoringReview _review = null!;

    private Guid Ops => Stored.OperationsUnitUserId;

    private Guid Mis => World.MisAdministrator.PersonId;

    private Guid Spoc => World.Spoc.PersonId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _review = (await Draw().DrawAsync(Q1, seed: 77, cancellationToken: Token)).Review;
    }

    private MonitoringReviewService Service(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, Notifications, new EvidenceStore(new DataDirectory(Database.Folder)), Draw(),
            NullLogger<MonitoringReviewService>.Instance);

    private MonitoringFinding FindingOf(Guid accountId, string code) => _review.Findings.First(f => f.AccountId == accountId && f.Code == code);

    [Fact]
    public async Task Review_ForTheOperationsUnit_ShowsEveryAreaWithItsFindings()
    {
        var view = await Service(Ops).ReviewAsync(_review.Id, Token);

        Assert.Equal("2026 Q1", view.Quarter);
        Assert.Equal(77, view.Seed);
        Assert.Equal([World.LocalArea.Name, World.Division.Name], view.Areas.Select(a => a.AreaName)); // by name
        Assert.Equal(6, view.Findings);
        Assert.Equal(0, view.Areas.Single(a => a.AreaId == World.Division.Id).Findings);
    }

    [Fact]
    public async Task Review_ReachesEachSampledAccountsActRequest_WhosePdfRecordTheDrillDownLinks()
    {
        var view = await Service(Ops).ReviewAsync(_review.Id, Token);

        // Issue 20: the request of the act that created or last renewed each sampled account, as the account keeps it.
        await using var db = Database.CreateDbContext();
        var acts = await db.StaffAccounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.EvidencedActRequestId, Token);
        var samples = view.Areas.SelectMany(a => a.Samples).ToList();
        Assert.Contains(samples, s => s.ActRequestId is not null);
        Assert.All(samples, s => Assert.Equal(acts[s.AccountId], s.ActRequestId));
    }

    [Fact]
    public async Task Review_ForAnAdministrator_IsRefusedWithSco1()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(Mis).ReviewAsync(_review.Id, Token));
        var list = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(World.LocalDirectorId).ListAsync(Token));

        Assert.Equal("SCO-1", Assert.Single(refused.BrokenRules).Code);
        Assert.Equal("SCO-1", Assert.Single(list.BrokenRules).Code);
    }

    [Fact]
    public async Task RequestDocumentation_TellsTheAreasAdministratorsAndLandsInTheirInboxOnly()
    {
        var finding = FindingOf(NewMissingEvidence.Id, "DOC-1");

        var outcome = await Service(Ops).RequestDocumentationAsync(_review.Id, finding.Id, "Upload the ISPA certificate.", Token);

        Assert.True(outcome.Succeeded);
        var notice = Assert.Single(Notifications.Sent);
        Assert.Equal("MonitoringDocumentationRequested", notice.Kind);
        Assert.Equal([Mis], notice.To.Select(r => r.UserId));
        Assert.Contains($"/monitoring/findings/{finding.Id}", notice.Body);
        var inbox = await Service(Mis).DocumentationRequestsAsync(Token);
        Assert.Equal(finding.Id, Assert.Single(inbox).FindingId);
        Assert.Equal("Upload the ISPA certificate.", inbox[0].Finding.RequestNote);
        Assert.Empty(await Service(Spoc).DocumentationRequestsAsync(Token));
    }

    [Fact]
    public async Task Answer_ByTheAreasAdministratorWithADocument_KeepsItOnTheAccountAndTellsTheOperationsUnit()
    {
        var finding = FindingOf(NewMissingEvidence.Id, "DOC-1");
        await Service(Ops).RequestDocumentationAsync(_review.Id, finding.Id, "Upload the ISPA certificate.", Token);

        var outcome = await Service(Mis).AnswerAsync(finding.Id, "Found the certificate in the training portal.", DocumentKind.IspaCertificate, "ispa.pdf",
            new MemoryStream(Pdf), Token);

        Assert.True(outcome.Succeeded);
        await using var db = Database.CreateDbContext();
        var stored = await db.MonitoringFindings.SingleAsync(f => f.Id == finding.Id, Token);
        Assert.Equal((FindingStatus.Answered, "Found the certificate in the training portal.", (Guid?)Mis), (stored.Status, stored.AnswerText, stored.AnsweredById));
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == stored.AnswerDocumentId, Token);
        Assert.Equal((NewMissingEvidence.Id, DocumentKind.IspaCertificate, "ispa.pdf"), (document.AccountId!.Value, document.Kind, document.FileName));
        var request = await db.AccessRequests.SingleAsync(r => r.Id == document.RequestId, Token);
        Assert.Equal((AccessRequestKind.NewAccount, (Guid?)NewMissingEvidence.Id), (request.Kind, request.AccountId));
        Assert.Contains(Notifications.Sent, n => n.Kind == "MonitoringFindingAnswered" && n.To.Any(r => r.UserId == Ops));
        Assert.Empty(await Service(Mis).DocumentationRequestsAsync(Token));
    }

    [Fact]
    public async Task Answer_ByAnotherAreasAdministrator_IsRefusedWithSco1AndChangesNothing()
    {
        var finding = FindingOf(NewMissingEvidence.Id, "DOC-1");
        await Service(Ops).RequestDocumentationAsync(_review.Id, finding.Id, "Upload the ISPA certificate.", Token);

        var refused = await Service(Spoc).AnswerAsync(finding.Id, "Not mine.", null, null, null, Token);
        var peek = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(Spoc).FindingAsync(finding.Id, Token));

        Assert.Equal("SCO-1", Assert.Single(refused.BrokenRules).Code);
        Assert.Equal("SCO-1", Assert.Single(peek.BrokenRules).Code);
        await using var db = Database.CreateDbContext();
        Assert.Equal(FindingStatus.DocumentationRequested, (await db.MonitoringFindings.SingleAsync(f => f.Id == finding.Id, Token)).Status);
    }

    [Fact]
    public async Task Answer_WhenNothingWasRequested_IsRefusedWithMon1()
    {
        var finding = FindingOf(NewMissingEvidence.Id, "DOC-1");

        var refused = await Service(Mis).AnswerAsync(finding.Id, "Unasked.", null, null, null, Token);

        Assert.Equal("MON-1", Assert.Single(refused.BrokenRules).Code);
    }

    [Fact]
    public async Task Publish_SendsEachSampledAreaItsOwnResultsToItsDirectorAndAdministrators()
    {
        await Service(Ops).ResolveAsync(_review.Id, FindingOf(DeactivatedLate.Id, "DEA-1").Id, "Late by a week; the area changed its exit checklist.", Token);

        Assert.True((await Service(Ops).PublishAsync(_review.Id, Token)).Succeeded);

        var published = Notifications.Sent.Where(n => n.Kind == "MonitoringResultsPublished").ToList();
        Assert.Equal(2, published.Count);
        var local = published.Single(n => n.Subject.Contains(World.LocalArea.Name));
        var division = published.Single(n => n.Subject.Contains(World.Division.Name));
        Assert.Equal(new[] { World.LocalDirectorId, Mis }.Order(), local.To.Select(r => r.UserId!.Value).Order());
        Assert.Equal(new[] { World.DivisionChiefId, Spoc }.Order(), division.To.Select(r => r.UserId!.Value).Order());
        Assert.Contains($"/areas/{World.LocalArea.Id}", local.Body);
        Assert.DoesNotContain(World.Division.Id.ToString(), local.Body);
        Assert.Contains("6 finding(s), 1 resolved", local.Body);
    }

    [Fact]
    public async Task AreaResults_BeforePublishing_AreRefusedToTheDirector()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            Service(World.LocalDirectorId).AreaResultsAsync(_review.Id, World.LocalArea.Id, Token));

        Assert.Equal("SCO-1", Assert.Single(refused.BrokenRules).Code);
    }

    [Fact]
    public async Task AreaResults_AfterPublishing_ShowEachDirectorTheirOwnAreaOnly()
    {
        await Service(Ops).PublishAsync(_review.Id, Token);

        var own = await Service(World.LocalDirectorId).AreaResultsAsync(_review.Id, World.LocalArea.Id, Token);
        var other = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            Service(World.DivisionChiefId).AreaResultsAsync(_review.Id, World.LocalArea.Id, Token));
        var mine = await Service(World.LocalDirectorId).MyResultsAsync(Token);

        var area = Assert.Single(own.Areas);
        Assert.Equal(World.LocalArea.Id, area.AreaId);
        Assert.Equal(6, area.Findings);
        Assert.DoesNotContain(area.Samples, s => s.AccountId == ExistingDivision.Id || s.AccountId == NewDivision.Id);
        Assert.Equal("SCO-1", Assert.Single(other.BrokenRules).Code);
        Assert.Equal([World.LocalArea.Id], mine.Select(r => r.AreaId));
    }

    [Fact]
    public async Task AfterPublishing_FindingsCannotBeAskedAboutAnyMore()
    {
        await Service(Ops).PublishAsync(_review.Id, Token);

        var refused = await Service(Ops).RequestDocumentationAsync(_review.Id, FindingOf(NewMissingEvidence.Id, "DOC-1").Id, "More.", Token);

        Assert.Equal("MON-1", Assert.Single(refused.BrokenRules).Code);
    }

    [Fact]
    public async Task CheckDraw_WithTheRecordedSeed_FindsTheSameSample()
    {
        var check = await Service(Ops).CheckDrawAsync(_review.Id, Token);

        Assert.True(check.Same);
        Assert.Equal(_review.Samples.Count, check.Redrawn);
    }
}
