using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs.Runs;

/// <summary>
/// The runner's <see cref="IJobProgress"/>: keeps the latest report and writes it to the run's row — the first report, then
/// at most every <see cref="MinInterval"/> (wall-clock, measured with <see cref="TimeProvider"/> timestamps) or whenever
/// another 5% of the total is done, and always the report that completes the total. The runner reads <see cref="Done"/>, <see cref="Total"/> and <see cref="Status"/> for what
/// was last reported, which it writes with the run's final state, so nothing reported is lost to the throttle.
/// </summary>
public sealed class StoredJobProgress(IDbContextFactory<ConsoleDbContext> contexts, Guid runId, BusinessClock clock, TimeProvider time) : IJobProgress
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    private long lastWriteAt;
    private int? lastWrittenDone;

    public int Done { get; private set; }

    public int? Total { get; private set; }

    public string? Status { get; private set; }

    /// <summary>How many times a report was written to the database (for the throttle's tests and logs).</summary>
    public int Writes { get; private set; }

    public async Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default)
    {
        (Done, Total, Status) = (Math.Max(0, done), total, JobRun.Clip(status, JobRun.StatusLength) ?? Status);
        if (!IsDueForWrite())
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (doneNow, totalNow, statusNow, now) = (Done, Total, Status, clock.UtcNow);
        await db.JobRuns.Where(r => r.Id == runId && r.State == JobRunState.Running).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Done, doneNow)
            .SetProperty(r => r.Total, totalNow)
            .SetProperty(r => r.Status, statusNow)
            .SetProperty(r => r.HeartbeatAt, now), cancellationToken);
        (lastWriteAt, lastWrittenDone) = (time.GetTimestamp(), doneNow);
        Writes++;
    }

    private bool IsDueForWrite()
    {
        if (lastWrittenDone is not { } written)
            return true;
        if (Total is { } total && (Done >= total || Done - written >= Math.Max(1, total / 20)))
            return true;
        return time.GetElapsedTime(lastWriteAt) >= MinInterval;
    }
}
