using Bunit;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The monitoring pages (MON-1) over a stored review: the Operations Unit's review shows each finding with its rule and the
/// actions it allows; the administrator's answer page lists the missing explanation and saves nothing without it.
/// </summary>
public class MonitoringPagesTests : ComponentTestContext
{
    private readonly World _world = new();
    private StoredWorld _stored = null!;
    private MonitoringReview _review = null!;
    private AdministratorActor _untrained = null!;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _untrained = _world.Designate(_world.LocalArea, "Uma Untrained", trained: false);
        _stored = await StoredWorld.CreateAsync(Database, _world);
        await SignedIn.AddUserAsync(Database, _untrained.PersonId, _untrained.Name, ConsoleRoles.MisAdministrator);
        var (_, account) = await StoredAccounts.CreateAsync(Database, _world, _world.NewAccountForm(), "pat.staff");
        await using (var db = Database.CreateDbContext())
            await db.EvidenceDocuments.Where(d => d.AccountId == account.Id && d.Kind == DocumentKind.SignedAttachmentE1).ExecuteDeleteAsync(Token);
        var draw = new MonitoringDraw(Database, _world.Business, _world.Policy, Options.Create(new CalJobsOptions()), NullLogger<MonitoringDraw>.Instance);
        _review = (await draw.DrawAsync(new Quarter(2026, 1), seed: 9, cancellationToken: Token)).Review;
    }

    private Guid FindingId => _review.Findings.Single().Id;

    [Fact]
    public void ReviewPage_ForTheOperationsUnit_ShowsTheFindingWithItsRuleAndActions()
    {
        SignInAs(_stored.OperationsUnitUserId);

        var page = Render<MonitoringReviewPage>(p => p.Add(x => x.ReviewId, _review.Id));

        page.WaitForAssertion(() => Assert.Equal("Monitoring review 2026 Q1", page.Find("h1").TextContent.Trim()));
        Assert.Equal("1", page.Find("#monitoring-finding-count").TextContent);
        Assert.Contains("seed 9", page.Find("#monitoring-summary").TextContent.Replace("\n", " "));
        var finding = page.Find(".monitoring-finding");
        Assert.Equal("DOC-1", finding.GetAttribute("data-code"));
        Assert.Contains("The signed Attachment E-1 for this new account has not been uploaded.", finding.TextContent);
        Assert.Contains("Open", finding.QuerySelector(".finding-status")!.TextContent);
        Assert.Equal(["Request documentation", "Resolve"], finding.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Single(page.FindAll("#monitoring-publish"));
    }

    [Fact]
    public void ReviewPage_ForAnAdministrator_ShowsSco1AndNoReview()
    {
        SignInAs(_world.MisAdministrator.PersonId);

        var page = Render<MonitoringReviewPage>(p => p.Add(x => x.ReviewId, _review.Id));

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find(".broken-rules").TextContent));
        Assert.Empty(page.FindAll(".monitoring-finding"));
    }

    [Fact]
    public async Task AnswerPage_WithoutAnExplanation_ShowsWhatIsMissingAndSavesNothing()
    {
        await RequestDocumentationAsync();
        SignInAs(_world.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<FindingAnswerPage>(p => p.Add(x => x.FindingId, FindingId));
        page.WaitForAssertion(() => Assert.Contains("Upload the E-1.", page.Find("#finding-request-note").TextContent));
        await page.Find("#answer-send").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Explain what you found or what you attach", page.Markup));
        Assert.Empty(page.FindAll("#answer-sent"));
        await using var check = Database.CreateDbContext();
        var stored = await check.MonitoringFindings.SingleAsync(f => f.Id == FindingId, Token);
        Assert.Equal((FindingStatus.DocumentationRequested, (string?)null), (stored.Status, stored.AnswerText));
    }

    [Fact]
    public async Task AnswerPage_ForAnUntrainedAdministratorOfTheArea_ShowsDes2AndOffersNoAnswer()
    {
        await RequestDocumentationAsync();
        SignInAs(_untrained.PersonId);

        var page = Render<FindingAnswerPage>(p => p.Add(x => x.FindingId, FindingId));

        page.WaitForAssertion(() => Assert.Contains("DES-2", page.Find(".broken-rules").TextContent));
        Assert.Contains("Upload the E-1.", page.Find("#finding-request-note").TextContent);
        Assert.Empty(page.FindAll("#answer-send"));
    }

    private async Task RequestDocumentationAsync()
    {
        await using var db = Database.CreateDbContext();
        var review = await db.MonitoringReviews.Include(r => r.Samples).ThenInclude(s => s.Findings).SingleAsync(Token);
        review.RequestDocumentation(FindingId, "Upload the E-1.", _stored.OperationsUnitUserId, _world.Clock.UtcNow);
        await db.SaveChangesAsync(Token);
    }
}
