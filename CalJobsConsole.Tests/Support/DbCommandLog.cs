using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Test only: every SQL command a test host runs while a recording is open, with the path of the HTTP request it ran for
/// (the page's own path while the server prerenders it; none, or <c>/_blazor</c>, inside a circuit). Lets a test count
/// how often a visit reads a page's data (issue 17: no page loads its data twice).
/// </summary>
public sealed class DbCommandLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    private ConcurrentQueue<RecordedCommand>? recording;

    /// <summary>Starts a new recording (the previous one ends).</summary>
    public void Start() => recording = new ConcurrentQueue<RecordedCommand>();

    /// <summary>What was run since <see cref="Start"/>, in order; a recording goes on until the next start.</summary>
    public IReadOnlyList<RecordedCommand> Recorded => recording?.ToArray() ?? [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) =>
        recording?.Enqueue(new RecordedCommand(command.CommandText, http.HttpContext?.Request.Path.Value));
}

/// <summary>One SQL command and the path of the request it ran for (null outside any request).</summary>
public sealed record RecordedCommand(string Sql, string? RequestPath)
{
    /// <summary>Ran inside a circuit (its websocket, or no request at all), not for a page request.</summary>
    public bool InCircuit => RequestPath is null || RequestPath.StartsWith("/_blazor", StringComparison.Ordinal);
}
