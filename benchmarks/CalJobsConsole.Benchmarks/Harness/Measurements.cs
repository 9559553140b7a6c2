using System.Diagnostics;
using System.Runtime;
using CalJobsConsole.App.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>The SQL floor: a page's hand-written queries run with raw <see cref="SqliteCommand"/>s, every row read, median of the runs.</summary>
internal static class SqlFloor
{
    public static (double? Ms, string? Failure) Time(string databasePath, IReadOnlyList<string> statements, int warmUps, int runs)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            var times = new List<double>();
            for (var i = 0; i < warmUps + runs; i++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var sql in statements)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    using var reader = command.ExecuteReader();
                    var values = new object[reader.FieldCount];
                    while (reader.Read())
                        reader.GetValues(values);
                }
                if (i >= warmUps)
                    times.Add(clock.Elapsed.TotalMilliseconds);
            }
            return (PageResult.Median(times), null);
        }
        catch (SqliteException ex)
        {
            return (null, "floor SQL failed: " + ex.Message);
        }
    }
}

/// <summary>One job's logic run once on the imported data.</summary>
internal sealed record JobResult(string Name, TimeSpan? Duration, long AllocatedBytes, long PeakWorkingSetBytes, long PeakHeapBytes, string Outcome);

/// <summary>
/// Runs each job of <see cref="JobSchedule.Jobs"/> once through its <see cref="JobDefinition.RunAsync"/> (what the runner does,
/// without the run's row), in the host's process, one after the other: duration, bytes allocated (process-wide: nothing else
/// runs meanwhile), and the peak working set and managed heap sampled every 50 ms during the run.
/// </summary>
internal static class JobBench
{
    public static async Task<List<JobResult>> RunAllAsync(IServiceProvider services, TimeSpan timeout, Action<string> log)
    {
        var results = new List<JobResult>();
        // The scheduled jobs only: an on-demand job (the import's) runs on a file it is given.
        foreach (var job in JobSchedule.Jobs.Where(j => j.DefaultCron.Length > 0))
        {
            ForceFullCollection();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var process = Process.GetCurrentProcess();
            long peakSet = 0, peakHeap = 0;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    process.Refresh();
                    peakSet = Math.Max(peakSet, process.WorkingSet64);
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                    try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
                }
            });
            var clock = Stopwatch.StartNew();
            string outcome;
            TimeSpan? duration = null;
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await using var scope = services.CreateAsyncScope();
                outcome = await job.RunAsync(scope.ServiceProvider, JobProgress.None, cancel.Token);
                duration = clock.Elapsed;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                outcome = $"timed out after {timeout.TotalSeconds:0} s";
            }
            catch (Exception ex)
            {
                outcome = $"failed: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
            }
            stop.Cancel();
            await sampler;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            results.Add(new JobResult(job.Name, duration, allocated, peakSet, peakHeap, outcome));
            log($"  job {job.Name}: {(duration is { } d ? $"{d.TotalSeconds:0.00} s" : "-")}, {outcome}");
        }
        return results;
    }

    public static long ForceFullCollection()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>Memory per circuit: the managed heap after a forced full collection, before and with N dashboards open.</summary>
internal sealed record CircuitResult(string Dashboard, int Circuits, long HeapBefore, long HeapAfter, long WorkingSetBefore, long WorkingSetAfter, string? Failure)
{
    public double PerCircuitBytes => (HeapAfter - HeapBefore) / (double)Circuits;
    public double WorkingSetPerCircuitBytes => (WorkingSetAfter - WorkingSetBefore) / (double)Circuits;
}
