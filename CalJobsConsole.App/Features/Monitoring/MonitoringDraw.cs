using System.Security.Cryptography;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Monitoring;

/// <summary>What drawing a quarter did: the review, and whether this call drew it (false: it had been drawn before).</summary>
public sealed record MonitoringDrawOutcome(MonitoringReview Review, bool Drawn)
{
    /// <summary>The run's result line on the Background jobs page.</summary>
    public string Summary => (Drawn ? $"{Review.Quarter} drawn: " : $"{Review.Quarter} was drawn before: ")
        + $"{Review.Samples.Count} account(s) sampled, {Review.Findings.Count()} finding(s).";
}

/// <summary>
/// MON-1's draw of one quarter: reads the population as of the quarter's end (every account created before it and not
/// deactivated before it began, placed in its stratum by its creation and deactivation dates), draws the seeded sample,
/// evaluates each sampled account's findings against its evidence, and records the review — once per quarter, the
/// quarter's unique index deciding between two runs at once. <see cref="RedrawAsync"/> draws again from the recorded seed.
/// </summary>
public sealed class MonitoringDraw(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, AttestationPolicy policy,
    IOptions<CalJobsOptions> options, ILogger<MonitoringDraw> logger)
{
    /// <summary>Draws <paramref name="quarter"/> unless it was drawn before; reports its three steps to <paramref name="progress"/>.</summary>
    public async Task<MonitoringDrawOutcome> DrawAsync(Quarter quarter, int? seed = null, IJobProgress? progress = null,
        CancellationToken cancellationToken = default)
    {
        progress ??= JobProgress.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ExistingAsync(db, quarter, cancellationToken) is { } existing)
            return new MonitoringDrawOutcome(existing, false);
        var size = options.Value.MonitoringSampleSizePerStratum;
        var drawSeed = seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        await progress.ReportAsync(0, 3, $"Reading the population of {quarter}", cancellationToken);
        var population = await PopulationAsync(db, quarter, cancellationToken);
        await progress.ReportAsync(1, 3, $"Drawing from {population.Count} account(s) and checking each sampled account", cancellationToken);
        var sample = MonitoringSampler.Draw(population, size, drawSeed);
        var sampled = await EvaluateAsync(db, quarter, sample, cancellationToken);
        await progress.ReportAsync(2, 3, $"Recording {sampled.Count} sampled account(s)", cancellationToken);
        var review = MonitoringReview.Record(quarter, drawSeed, AsOf(quarter), size, sampled, clock.UtcNow);
        db.MonitoringReviews.Add(review);
        db.Audit(clock, actorId: null, "MonitoringReview.Drawn", nameof(MonitoringReview), review.Id, areaId: null, before: null,
            new { Quarter = quarter.ToString(), review.Seed, review.AsOf, review.SizePerStratum, Sampled = review.Samples.Count, Findings = review.Findings.Count() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run drew the quarter a moment before (the quarter is unique): its review stands.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (await ExistingAsync(again, quarter, cancellationToken) is { } first)
                return new MonitoringDrawOutcome(first, false);
            throw;
        }
        await progress.ReportAsync(3, 3, "Recorded", cancellationToken);
        logger.LogInformation("Monitoring sample of {Quarter} drawn: {Sampled} account(s), {Findings} finding(s), seed {Seed}.",
            quarter, review.Samples.Count, review.Findings.Count(), review.Seed);
        return new MonitoringDrawOutcome(review, true);
    }

    /// <summary>The sample the recorded seed and size draw from the quarter's population now: the same accounts as the review's.</summary>
    public async Task<IReadOnlyList<SamplingCandidate>> RedrawAsync(MonitoringReview review, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return MonitoringSampler.Draw(await PopulationAsync(db, review.Quarter, cancellationToken), review.SizePerStratum, review.Seed);
    }

    /// <summary>The instant the quarter ended: midnight at the start of the next quarter, business time.</summary>
    public DateTimeOffset AsOf(Quarter quarter) =>
        new(TimeZoneInfo.ConvertTimeToUtc(quarter.End.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), clock.Zone), TimeSpan.Zero);

    private static Task<MonitoringReview?> ExistingAsync(ConsoleDbContext db, Quarter quarter, CancellationToken cancellationToken) =>
        db.MonitoringReviews.AsNoTracking().Include(r => r.Samples).ThenInclude(s => s.Findings)
            .SingleOrDefaultAsync(r => r.Year == quarter.Year && r.QuarterNumber == quarter.Number, cancellationToken);

    private static async Task<List<SamplingCandidate>> PopulationAsync(ConsoleDbContext db, Quarter quarter, CancellationToken cancellationToken)
    {
        var (start, end) = (quarter.Start, quarter.End);
        var accounts = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.CreatedOn < end && (a.DeactivatedOn == null || a.DeactivatedOn >= start))
            .Select(a => new { a.Id, a.AreaId, a.CreatedOn, a.DeactivatedOn })
            // The sampler draws from the whole population (its order and size fix the draw), so every account of the quarter
            // is read: four columns each, no entity, once a quarter (~10 MB at 100,000 accounts).
            .TagWith("row-limit-exempt: job batch")
            .ToListAsync(cancellationToken);
        return accounts
            .Select(a => MonitoringStrata.Of(a.CreatedOn, a.DeactivatedOn, quarter) is { } stratum ? new SamplingCandidate(a.Id, a.AreaId, stratum) : null)
            .OfType<SamplingCandidate>()
            .ToList();
    }

    private async Task<List<SampledAccount>> EvaluateAsync(ConsoleDbContext db, Quarter quarter, IReadOnlyList<SamplingCandidate> sample,
        CancellationToken cancellationToken)
    {
        var ids = sample.Select(c => c.AccountId).ToList();
        var accounts = await db.StaffAccounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var documents = (await (from document in db.EvidenceDocuments.AsNoTracking()
                                join request in db.AccessRequests.AsNoTracking() on document.RequestId equals request.Id
                                where document.AccountId != null && ids.Contains(document.AccountId.Value)
                                select new { AccountId = document.AccountId!.Value, DocumentKind = document.Kind, Act = request.Form.Kind, document.UploadedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.AccountId, d => new MonitoredDocument(d.DocumentKind, EvidenceMoments.For(d.Act), clock.ToBusinessDate(d.UploadedAt)));
        return sample.Select(c => (Candidate: c, Account: accounts[c.AccountId]))
            .Select(s => new SampledAccount(s.Candidate, s.Account.Username, s.Account.Staff.FullName,
                MonitoringFindings.Evaluate(s.Account, s.Candidate.Stratum, documents[s.Candidate.AccountId], quarter, policy)))
            .ToList();
    }
}
