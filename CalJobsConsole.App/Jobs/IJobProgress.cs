namespace CalJobsConsole.App.Jobs;

/// <summary>
/// How a job tells the console how far it has got: <c>done</c> items of <c>total</c> (null while the total is unknown),
/// with an optional short status line. The runner stores it on the run's row, at most every
/// <see cref="Runs.StoredJobProgress.MinInterval"/> or each 5% of the total, so a job may report every item; the last report
/// is always stored when the run ends. Tests that do not care pass <see cref="JobProgress.None"/>.
/// </summary>
public interface IJobProgress
{
    Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default);
}

public static class JobProgress
{
    /// <summary>Reports nowhere: a job's logic run by a test or by code that shows no progress.</summary>
    public static IJobProgress None { get; } = new NoProgress();

    private sealed class NoProgress : IJobProgress
    {
        public Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
