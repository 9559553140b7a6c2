using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>
/// Sums the time the App's EF Core commands take, process-wide, between <see cref="Reset"/> and <see cref="Read"/>: a
/// reader counts from the command's start until the reader is disposed (so reading and materializing the rows is
/// included), any other command until it returns. Only one page is measured at a time and the job server is off, so
/// everything counted belongs to the page being measured.
/// </summary>
internal sealed class QueryTimer : DbCommandInterceptor
{
    private long ticks;
    private int commands;
    private long lastActivity = Stopwatch.GetTimestamp();

    public void Reset()
    {
        Interlocked.Exchange(ref ticks, 0);
        Interlocked.Exchange(ref commands, 0);
        Touch();
    }

    public (TimeSpan Total, int Commands) Read() => (TimeSpan.FromTicks(Interlocked.Read(ref ticks)), Volatile.Read(ref commands));

    /// <summary>How long no command has started or ended.</summary>
    public TimeSpan Quiet => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastActivity));

    /// <summary>Waits until no command has run for <paramref name="quiet"/> (the circuit's own reads after first paint), at most <paramref name="max"/>.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        while (Quiet < quiet && clock.Elapsed < max)
            await Task.Delay(50);
    }

    private void Touch() => Interlocked.Exchange(ref lastActivity, Stopwatch.GetTimestamp());

    private void Add(TimeSpan duration)
    {
        Interlocked.Add(ref ticks, duration.Ticks);
        Interlocked.Increment(ref commands);
        Touch();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Touch();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Touch();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }
}
