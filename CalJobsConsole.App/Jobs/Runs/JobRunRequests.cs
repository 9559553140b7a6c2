using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs.Runs;

/// <summary>
/// Opens runs: at most one Queued or Running run per job, decided by the database's filtered unique index
/// (<see cref="JobRunConfiguration.OneActiveRunIndex"/>), so "Run now" pressed twice — at once, or on two servers — gives
/// one run, and a schedule firing while a run is active adds none. A run whose server went silent (no heartbeat for
/// <see cref="JobRunner.StaleAfter"/>, or still queued after <see cref="QueuedStaleAfter"/>) is marked Failed first, so a
/// crash never blocks the job for good.
/// </summary>
public sealed class JobRunRequests(IDbContextFactory<ConsoleDbContext> contexts, IBackgroundJobClient backgroundJobs, BusinessClock clock,
    ILogger<JobRunRequests> logger)
{
    /// <summary>A "Run now" no server has picked up for this long is taken as lost (e.g. in-memory job storage restarted).</summary>
    public static readonly TimeSpan QueuedStaleAfter = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Run now: queues a new run on Hangfire (its only argument the run's id) and returns it with <c>Created</c> true, or
    /// returns the run already queued or running with <c>Created</c> false.
    /// </summary>
    public async Task<(JobRun Run, bool Created)> RunNowAsync(string jobName, Guid requestedBy, CancellationToken cancellationToken = default)
    {
        var (run, created) = await OpenAsync(jobName, JobTrigger.RunNow, requestedBy, cancellationToken);
        if (!created)
            return (run, false);
        string backgroundJobId;
        try
        {
            backgroundJobId = backgroundJobs.Enqueue<JobRunner>(runner => runner.RunQueuedAsync(run.Id, CancellationToken.None));
        }
        catch (Exception ex)
        {
            await FailAsync(run.Id, $"Not queued: the job storage refused it ({ex.Message}).");
            throw;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.BackgroundJobId, backgroundJobId), cancellationToken);
        logger.LogInformation("Run now of {Job} by {UserId}: run {RunId}, background job {BackgroundJobId}.", jobName, requestedBy, run.Id, backgroundJobId);
        return (await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id, cancellationToken), true);
    }

    /// <summary>A new Queued run of <paramref name="jobName"/>, or the active one if there is one.</summary>
    public async Task<(JobRun Run, bool Created)> OpenAsync(string jobName, JobTrigger trigger, Guid? requestedBy, CancellationToken cancellationToken = default)
    {
        await AbandonStaleAsync(jobName, cancellationToken);
        // A lost insert means another request opened a run first; read it. It may finish before we read it, hence a few tries.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await ActiveAsync(db, jobName, cancellationToken) is { } active)
                return (active, false);
            var run = JobRun.Queue(jobName, trigger, requestedBy, clock.UtcNow);
            db.JobRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (run, true);
            }
            catch (DbUpdateException ex) when (DatabaseConstraint.IsUniqueViolation(ex))
            {
                logger.LogDebug("A concurrent request opened a run of {Job} first.", jobName);
            }
        }
        throw new InvalidOperationException($"No run of {jobName} could be opened: other runs kept starting and finishing.");
    }

    /// <summary>Marks Failed every active run (of one job, or all) whose server has gone silent; returns how many.</summary>
    public async Task<int> AbandonStaleAsync(string? jobName = null, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var (silentSince, queuedSince) = (now - JobRunner.StaleAfter, now - QueuedStaleAfter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = db.JobRuns
            .Where(r => jobName == null || r.JobName == jobName)
            .Where(r => (r.State == JobRunState.Running && r.HeartbeatAt < silentSince) || (r.State == JobRunState.Queued && r.QueuedAt < queuedSince));
        // Read first: the page asks every second while a run is active, and an update would take SQLite's write lock each time.
        if (!await stale.AnyAsync(cancellationToken))
            return 0;
        var abandoned = await stale.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, JobRunState.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, "Abandoned: the server running it stopped answering (crash or restart); a new run may start."), cancellationToken);
        if (abandoned > 0)
            logger.LogWarning("{Count} job run(s) abandoned after their server went silent.", abandoned);
        return abandoned;
    }

    private static Task<JobRun?> ActiveAsync(ConsoleDbContext db, string jobName, CancellationToken cancellationToken) =>
        db.JobRuns.AsNoTracking()
            .SingleOrDefaultAsync(r => r.JobName == jobName && (r.State == JobRunState.Queued || r.State == JobRunState.Running), cancellationToken);

    private async Task FailAsync(Guid runId, string error)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = clock.UtcNow;
        await db.JobRuns.Where(r => r.Id == runId && r.State == JobRunState.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, JobRunState.Failed).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Error, JobRun.Clip(error, JobRun.ErrorLength)));
    }
}
