using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
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
public class MonitoringSampleJobTests : IAsyncLifetime
{
    private static readonly Quarter Q1 = new(2026, 1);

    private readonly World _world = new(new DateOnly(2024, 12, 2));
    private readonly RecordingNotificationSender _notifications = new();
    private readonly List<object> _pending = [];
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private StaffAccount _existingOk = null!, _existingOk2 = null!, _existingDivision = null!, _newMissingEvidence = null!, _newDivision = null!,
        _deactivatedLate = null!, _deactivatedOnTime = null!, _deactivatedBefore = null!, _createdAfter = null!, _staleAndOverdue = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database, _world);
        // 2024-12-02, a year before the quarter: stale attestations and a renewal due 2025-12-02, never done (REN-1, PRE-2).
        _staleAndOverdue = Open();
        _world.Clock.SetDate(new DateOnly(2025, 11, 3));
        _existingOk = Open();
        _existingOk2 = Open();
        _existingDivision = Open(wsb: true, StaffKind.Edd);
        _deactivatedLate = Open();
        _deactivatedOnTime = Open();
        _deactivatedBefore = Open();
        _world.Clock.SetDate(new DateOnly(2025, 12, 15));
        Deactivate(_deactivatedBefore, separation: new DateOnly(2025, 12, 15));
        _world.Clock.SetDate(new DateOnly(2026, 2, 2));
        _newMissingEvidence = Open();
        _newDivision = Open(wsb: true, StaffKind.Edd);
        _world.Clock.SetDate(new DateOnly(2026, 3, 10));
        Deactivate(_deactivatedLate, separation: new DateOnly(2026, 3, 2));
        Deactivate(_deactivatedOnTime, separation: new DateOnly(2026, 3, 10));
        _world.Clock.SetDate(new DateOnly(2026, 4, 1), hour: 2);
        _createdAfter = Open();
        await using (var db = _database.CreateDbContext())
        {
            db.AddRange(_pending);
            await db.SaveChangesAsync(Token);
        }
        // The new account's ISPA certificate and E-1 never reached the account (lost in a migration from the old spreadsheets).
        await using (var db = _database.CreateDbContext())
        {
            await db.EvidenceDocuments.Where(d => d.AccountId == _newMissingEvidence.Id && d.Kind != DocumentKind.SystemAccessRequestForm)
                .ExecuteDeleteAsync(Token);
        }
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RunAsync_OnTheFirstDayOfAQuarter_DrawsTheQuarterJustEndedFromItsThreeStrata()
    {
        var outcome = await Job().RunAsync(Token);

        Assert.True(outcome.Drawn);
        var review = await StoredReviewAsync();
        Assert.Equal(Q1, review.Quarter);
        Assert.Equal(59, review.SizePerStratum);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.Zero), review.AsOf); // midnight Pacific (PDT)
        Assert.Equal(
            new Dictionary<Guid, MonitoringStratum>
            {
                [_staleAndOverdue.Id] = MonitoringStratum.Existing,
                [_existingOk.Id] = MonitoringStratum.Existing,
                [_existingOk2.Id] = MonitoringStratum.Existing,
                [_existingDivision.Id] = MonitoringStratum.Existing,
                [_newMissingEvidence.Id] = MonitoringStratum.New,
                [_newDivision.Id] = MonitoringStratum.New,
                [_deactivatedLate.Id] = MonitoringStratum.Deactivated,
                [_deactivatedOnTime.Id] = MonitoringStratum.Deactivated,
            },
            review.Samples.ToDictionary(s => s.AccountId, s => s.Stratum));
    }

    [Fact]
    public async Task RunAsync_OnAMixOfAccounts_FindsExactlyTheExpectedFindings()
    {
        await Job().RunAsync(Token);

        var review = await StoredReviewAsync();
        var findings = review.Samples.Where(s => !s.IsCompliant)
            .ToDictionary(s => s.AccountId, s => string.Join(",", s.Findings.Select(f => f.Code).Order()));
        Assert.Equal(
            new Dictionary<Guid, string>
            {
                [_staleAndOverdue.Id] = "PRE-2,PRE-2,REN-1",
                [_newMissingEvidence.Id] = "DOC-1,DOC-1",
                [_deactivatedLate.Id] = "DEA-1",
            },
            findings);
        Assert.All(review.Findings, f => Assert.Equal(FindingStatus.Open, f.Status));
        Assert.Contains(review.Findings, f => f.AccountId == _deactivatedLate.Id && f.Reason.Contains("8 day(s) after the separation date 2026-03-02"));
    }

    [Fact]
    public async Task RunAsync_TellsTheOperationsUnitOnce()
    {
        await Job().RunAsync(Token);
        await Job().RunAsync(Token);

        var notice = Assert.Single(_notifications.Sent);
        Assert.Equal("MonitoringSampleDrawn", notice.Kind);
        Assert.Equal([_stored.OperationsUnitUserId], notice.To.Select(r => r.UserId));
        Assert.Contains("2026 Q1", notice.Subject);
    }

    [Fact]
    public async Task RunAsync_Twice_DrawsTheQuarterOnce()
    {
        var first = await Job().RunAsync(Token);
        var second = await Job().RunAsync(Token);

        Assert.False(second.Drawn);
        Assert.Equal(first.Review.Id, second.Review.Id);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task RunAsync_TwoAtOnce_RecordOneReview()
    {
        var runs = await Task.WhenAll(Job().RunAsync(Token), Job().RunAsync(Token));

        Assert.Single(runs, r => r.Drawn);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task RunAsync_AfterMissedQuarters_DrawsOnlyTheQuarterJustEnded()
    {
        _world.Clock.SetDate(new DateOnly(2026, 8, 15));

        var outcome = await Job().RunAsync(Token);

        Assert.Equal(new Quarter(2026, 2), outcome.Review.Quarter);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.MonitoringReviews.CountAsync(Token));
    }

    [Fact]
    public async Task Redraw_WithTheRecordedSeed_GivesTheSameSample()
    {
        var draw = Draw(sizePerStratum: 1);
        var drawn = (await draw.DrawAsync(Q1, cancellationToken: Token)).Review;
        // Later changes do not move the population: an account created since, another deactivated since.
        _world.Clock.SetDate(new DateOnly(2026, 4, 20));
        await using (var db = _database.CreateDbContext())
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.Id == _existingOk.Id, Token);
            var request = _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation));
            var evidence = _world.FullEvidence(request);
            account.Deactivate(request, _world.MisAdministrator, evidence, _world.Business);
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
        Guid[] bothAreas = [.. new[] { _world.Division.Id, _world.LocalArea.Id }.Order()];
        Assert.Equal(bothAreas, existingAreas.Order());
        Assert.Equal(bothAreas, newAreas.Order());
        Assert.Single(review.Samples, s => s.Stratum == MonitoringStratum.Deactivated);
        Assert.Equal(1234, review.Seed);
    }

    private MonitoringSampleJob Job() => new(Draw(), _database, _world.Business, _notifications, NullLogger<MonitoringSampleJob>.Instance);

    private MonitoringDraw Draw(int sizePerStratum = 59) =>
        new(_database, _world.Business, _world.Policy, Options.Create(new CalJobsOptions { MonitoringSampleSizePerStratum = sizePerStratum }),
            NullLogger<MonitoringDraw>.Instance);

    private async Task<MonitoringReview> StoredReviewAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.MonitoringReviews.AsNoTracking().Include(r => r.Samples).ThenInclude(s => s.Findings).SingleAsync(Token);
    }

    /// <summary>An account created today the whole way (request, approval, evidence), kept to be saved with the others.</summary>
    private StaffAccount Open(bool wsb = false, StaffKind kind = StaffKind.NonEdd)
    {
        var form = _world.NewAccountForm(kind, wsb: wsb);
        var request = _world.Approved(form);
        var evidence = _world.FullEvidence(request);
        var grant = new NewAccountGrant(request, "staff." + Guid.NewGuid().ToString("N")[..8], _world.Groups.Single(g => g.Id == form.RequestedGroupId), [], evidence);
        var account = StaffAccount.Create(grant, _world.AdministratorFor(form), _world.Business, _world.Policy);
        _pending.AddRange([request, account, .. evidence]);
        return account;
    }

    /// <summary>Deactivated today from an approved request with its form uploaded first (DEA-1), late when the separation is past.</summary>
    private void Deactivate(StaffAccount account, DateOnly separation)
    {
        var request = _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation, separationDate: separation));
        var evidence = _world.FullEvidence(request);
        account.Deactivate(request, account.AreaId == _world.Division.Id ? _world.Spoc : _world.MisAdministrator, evidence, _world.Business);
        _pending.AddRange([request, .. evidence]);
    }
}
