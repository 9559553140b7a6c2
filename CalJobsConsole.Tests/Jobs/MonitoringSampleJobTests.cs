using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Monitoring;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>
/// MON-1 by the quarterly job, without Hangfire, on the real SQLite database: the quarter just ended drawn once, its three
/// strata from creation and deactivation dates, every area represented, the same sample from the recorded seed, and the
/// automatic findings on a mix of compliant and non-compliant accounts exactly the expected ones.
/// </summary>
public class MonitoringSampleJobTests : MonitoringTestBase
{
    [Fact]
    public async Task RunAsync_OnTheFirstDayOfAQuarter_DrawsTheQuarterJustEndedFromItsThreeStrata()
    {
        var outcome = await Job().RunAsync(JobProgress.None, Token);

        Assert.True(outcome.Drawn);
        var review = await StoredReviewAsync();
        Assert.Equal(Q1, review.Quarter);
        Assert.Equal(59, review.SizePerStratum);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.Zero), review.AsOf); // midnight Pacific (PDT)
        Assert.Equal(
            new Dictionary<Guid, MonitoringStratum>
            {
                [StaleAndOverdue.Id] = MonitoringStratum.Existing,
                [ExistingOk.Id] = MonitoringStratum.Existing,
                [ExistingOk2.Id] = MonitoringStratum.Existing,
                [ExistingDivision.Id] = MonitoringStratum.Existing,
                [NewMissingEvidence.Id] = MonitoringStratum.New,
                [NewDivision.Id] = MonitoringStratum.New,
                [DeactivatedLate.Id] = MonitoringStratum.Deactivated,
                [DeactivatedOnTime.Id] = MonitoringStratum.Deactivated,
            },
            review.Samples.ToDictionary(s => s.AccountId, s => s.Stratum));
    }

    [Fact]
    public async Task RunAsync_OnAMixOfAccounts_FindsExactlyTheExpectedFindings()
    {
        await Job().RunAsync(JobProgress.None, Token);

        var review = await StoredReviewAsync();
        var findings = review.Samples.Where(s => !s.IsCompliant)
            .ToDictionary(s => s.AccountId, s => string.Join(",", s.Findings.Select(f => f.Code).Order()));
        Assert.Equal(
            new Dictionary<Guid, string>
            {
                [StaleAndOverdue.Id] = "PRE-2,PRE-2,REN-1",
                [NewMissingEvidence.Id] = "DOC-1,DOC-1",
                [DeactivatedLate.Id] = "DEA-1",
            },
            findings);
        Assert.All(review.Findings, f => Assert.Equal(FindingStatus.Open, f.Status));
        Assert.Contains(review.Findings, f => f.AccountId == DeactivatedLate.Id && f.Reason.Contains("8 day(s) after the separation date 2026-03-02"));
    }

    [Fact]
    public async Task RunAsync_ReportsItsStepsAsProgress()
    {
        var progress = new RecordingProgress();

        var outcome = await Job().RunAsync(progress, Token);

        Assert.Equal([(0, 3), (1, 3), (2, 3), (3, 3)], progress.Reports);
        Assert.Equal("2026 Q1 drawn: 8 account(s) sampled, 6 finding(s).", outcome.Summary);
    }

    [Fact]
    public async Task RunAsync_TellsTheOperationsUnitOnce()
    {
        await Job().RunAsync(JobProgress.None, Token);
        await Job().RunAsync(JobProgress.None, Token);

        var notice = Assert.Single(Notifications.Sent);
        Assert.Equal("MonitoringSampleDrawn", notice.Kind);
        Assert.Equal([Stored.OperationsUnitUserId], notice.To.Select(r => r.UserId));
        Assert.Contains("2026 Q1", notice.Subject);
    }

    [Fact]
    public async Task RunAsync_Twice_DrawsTheQuarterOnce()
    {
        var first = await Job().RunAsync(JobProgress.None, Token);
        var second = await Job().RunAsync(JobProgress.None, Token);

        Assert.False(second.Drawn);
        Assert.Equal(first.Review.Id, second.Review.Id);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task RunAsync_TwoAtOnce_RecordOneReview()
    {
        var runs = await Task.WhenAll(Job().RunAsync(JobProgress.None, Token), Job().RunAsync(JobProgress.None, Token));

        Assert.Single(runs, r => r.Drawn);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task RunAsync_AfterMissedQuarters_DrawsOnlyTheQuarterJustEnded()
    {
        World.Clock.SetDate(new DateOnly(2026, 8, 15));

        var outcome = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(new Quarter(2026, 2), outcome.Review.Quarter);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task Redraw_WithTheRecordedSeed_GivesTheSameSample()
    {
        var draw = Draw(sizePerStratum: 1);
        var drawn = (await draw.DrawAsync(Q1, cancellationToken: Token)).Review;
        // Later changes do not move the population: an account created since, another deactivated since.
        World.Clock.SetDate(new DateOnly(2026, 4, 20));
        await using (var db = Database.CreateDbContext())
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.Id == ExistingOk.Id, Token);
            var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation));
            var evidence = World.FullEvidence(request);
            account.Deactivate(request, World.MisAdministrator, evidence, World.Business);
            db.AccessRequests.Add(request);
            db.EvidenceDocuments.AddRange(evidence);
            await db.SaveChangesAsync(Token);
        }

        var redrawn = await draw.RedrawAsync(await StoredReviewAsync(), Token);

        Assert.Equal(drawn.Samples.Select(s => s.AccountId).Order(), redrawn.Select(c => c.AccountId).Order());
    }

    [Fact]
    public async Task Draw_WithOnePerStratum_StillTakesOneFromEveryAreaWithAccountsInTheStratum()
    {
        var review = (await Draw(sizePerStratum: 1).DrawAsync(Q1, seed: 1234, cancellationToken: Token)).Review;

        var existingAreas = review.Samples.Where(s => s.Stratum == MonitoringStratum.Existing).Select(s => s.AreaId).ToList();
        var newAreas = review.Samples.Where(s => s.Stratum == MonitoringStratum.New).Select(s => s.AreaId).ToList();
        Guid[] bothAreas = [.. new[] { World.Division.Id, World.LocalArea.Id }.Order()];
        Assert.Equal(bothAreas, existingAreas.Order());
        Assert.Equal(bothAreas, newAreas.Order());
        Assert.Single(review.Samples, s => s.Stratum == MonitoringStratum.Deactivated);
        Assert.Equal(1234, review.Seed);
    }

    private MonitoringSampleJob Job() => new(Draw(), Database, World.Business, Notifications, NullLogger<MonitoringSampleJob>.Instance);

    private sealed class RecordingProgress : IJobProgress
    {
        public List<(int Done, int? Total)> Reports { get; } = [];

        public Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default)
        {
            Reports.Add((done, total));
            return Task.CompletedTask;
        }
    }
}
