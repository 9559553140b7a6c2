using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>
/// Sums the time the App's EF Core commands take, process-wide, between <see cref="Reset"/> and <see cref="Read"/>: a
/// reader counts from the command's start until the reader is closed (so reading and materializing the rows is
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

    // Each command is timed from its start (…Executing) to its end (a reader closed or disposed, whichever EF reports first;
    // a non-query or scalar executed; a failure), by our own clock: EF's durations differ per event (a reader's executed
    // event covers only the first step, which for SQLite is most of a COUNT but little of a long list).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DbCommand, long> started = new();

    private void Begin(DbCommand command)
    {
        started[command] = Stopwatch.GetTimestamp();
        Touch();
    }

    private void End(DbCommand command)
    {
        if (started.TryRemove(command, out var since))
            Add(Stopwatch.GetElapsedTime(since));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Begin(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Begin(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Begin(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        End(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        End(command);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        End(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        End(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(command);
        return Task.CompletedTask;
    }
}
