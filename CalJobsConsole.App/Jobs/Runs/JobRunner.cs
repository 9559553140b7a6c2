using System.Runtime.ExceptionServices;
using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs.Runs;

/// <summary>
/// The one way every job runs, scheduled or run now: claims the Queued run (Queued → Running), resolves the job from a
/// fresh DI scope through its <see cref="JobDefinition"/>, hands it a <see cref="StoredJobProgress"/>, keeps a heartbeat
/// while it works, and records Succeeded with the job's summary or Failed with the error. The Hangfire entry points are
/// <see cref="RunScheduledAsync"/> (each recurring job) and <see cref="RunQueuedAsync"/> ("Run now", argument the run id).
/// </summary>
public sealed class JobRunner(IDbContextFactory<ConsoleDbContext> contexts, IServiceScopeFactory scopes, JobRunRequests requests,
    BusinessClock clock, TimeProvider time, JobCatalogue catalogue, ILogger<JobRunner> logger)
{
    /// <summary>How often a running job's row is touched while the job itself reports nothing.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    /// <summary>A Running run silent this long (four missed heartbeats) is taken for dead and no longer blocks a new run.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A schedule fired: opens a run and executes it, unless a run of the job is already active (then it does nothing: the
    /// jobs catch up on the next run). A failure is recorded on the run and rethrown, so Hangfire shows the job failed and
    /// retries it — each retry a new run in the history.
    /// </summary>
    public async Task RunScheduledAsync(string jobName, CancellationToken cancellationToken)
    {
        var (run, created) = await requests.OpenAsync(jobName, JobTrigger.Schedule, requestedBy: null, cancellationToken);
        if (!created)
        {
            logger.LogInformation("Scheduled run of {Job} skipped: run {RunId} is already {State}.", jobName, run.Id, run.State);
            return;
        }
        if (await ExecuteAsync(run.Id, cancellationToken) is { Failure: { } failure })
            ExceptionDispatchInfo.Capture(failure).Throw();
    }

    /// <summary>
    /// "Run now", on a Hangfire worker. A failure is recorded on the run (the Background jobs page shows it) and rethrown so
    /// the dashboard shows the job failed; it is not retried — a retry would find the run no longer Queued and do nothing —
    /// the user presses Run now again.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunQueuedAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (await ExecuteAsync(runId, cancellationToken) is { Failure: { } failure })
            ExceptionDispatchInfo.Capture(failure).Throw();
    }

    /// <summary>Executes the Queued run <paramref name="runId"/>; does nothing if it is no longer Queued (already run, or abandoned).</summary>
    public async Task<JobRunOutcome> ExecuteAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        if (await ClaimAsync(runId, cancellationToken) is not { } jobName)
        {
            logger.LogInformation("Run {RunId} is no longer queued (already run or abandoned): nothing to do.", runId);
            return new JobRunOutcome(JobRunState.Failed, null, null, Claimed: false);
        }
        var progress = new StoredJobProgress(contexts, runId, clock, time);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(runId, heartbeatStop.Token);
        try
        {
            var definition = catalogue.Find(jobName) ?? throw new InvalidOperationException($"No job is named {jobName}.");
            string summary;
            await using (var scope = scopes.CreateAsyncScope())
                summary = await definition.RunAsync(scope.ServiceProvider, progress, cancellationToken);
            await StopAsync(heartbeatStop, heartbeat);
            await FinishAsync(runId, progress, JobRunState.Succeeded, JobRun.Clip(summary, JobRun.SummaryLength), error: null);
            logger.LogInformation("Job {Job} run {RunId} succeeded: {Summary}", jobName, runId, summary);
            return new JobRunOutcome(JobRunState.Succeeded, summary, null, Claimed: true);
        }
        catch (Exception ex)
        {
            await StopAsync(heartbeatStop, heartbeat);
            var error = ex is OperationCanceledException && cancellationToken.IsCancellationRequested
                ? "Stopped: the server shut down during the run."
                : ErrorText(ex);
            await FinishAsync(runId, progress, JobRunState.Failed, summary: null, error);
            logger.LogError(ex, "Job {Job} run {RunId} failed.", jobName, runId);
            return new JobRunOutcome(JobRunState.Failed, null, ex, Claimed: true);
        }
    }

    private async Task<string?> ClaimAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var claimed = await db.JobRuns.Where(r => r.Id == runId && r.State == JobRunState.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, JobRunState.Running)
            .SetProperty(r => r.StartedAt, now)
            .SetProperty(r => r.HeartbeatAt, now), cancellationToken);
        return claimed == 0 ? null : await db.JobRuns.Where(r => r.Id == runId).Select(r => r.JobName).SingleAsync(cancellationToken);
    }

    /// <summary>The final state with the last progress reported; written even when the run was cancelled, and only over Running.</summary>
    private async Task FinishAsync(Guid runId, StoredJobProgress progress, JobRunState state, string? summary, string? error)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = clock.UtcNow;
        var (done, total, status) = (progress.Done, progress.Total, progress.Status);
        var written = await db.JobRuns.Where(r => r.Id == runId && r.State == JobRunState.Running).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, state)
            .SetProperty(r => r.FinishedAt, now)
            .SetProperty(r => r.HeartbeatAt, now)
            .SetProperty(r => r.Done, done)
            .SetProperty(r => r.Total, total)
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.Summary, summary)
            .SetProperty(r => r.Error, JobRun.Clip(error, JobRun.ErrorLength)));
        if (written == 0)
            logger.LogWarning("Run {RunId} finished ({State}) after it had been abandoned as silent; its outcome is only in this log.", runId, state);
    }

    private async Task HeartbeatAsync(Guid runId, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(HeartbeatInterval, time, cancellationToken);
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var now = clock.UtcNow;
                await db.JobRuns.Where(r => r.Id == runId && r.State == JobRunState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The heartbeat of run {RunId} was not written; trying again.", runId);
            }
        }
    }

    private static async Task StopAsync(CancellationTokenSource heartbeatStop, Task heartbeat)
    {
        await heartbeatStop.CancelAsync();
        await heartbeat;
    }

    /// <summary>What the page shows of a failure: the exception's type and message (an aggregate's message names its inner ones); the stack is in the log.</summary>
    public static string ErrorText(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}

/// <summary>What <see cref="JobRunner.ExecuteAsync"/> did: the final state, the summary or the failure; <c>Claimed</c> false when the run was not Queued.</summary>
public sealed record JobRunOutcome(JobRunState State, string? Summary, Exception? Failure, bool Claimed);
