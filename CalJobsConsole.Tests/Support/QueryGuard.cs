using System.Collections;
using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Issue 17's guard, on every context the tests make (<see cref="TestDatabase"/>, <see cref="TestAppFactory"/>, the browser
/// hosts that use it, <see cref="TestUsers"/>): a query that reads more than <see cref="RowLimit"/> rows, or sends back more
/// than <see cref="InListLimit"/> parameters in one <c>IN (…)</c> list, throws from the interceptor, naming the query and the
/// limit, so the test that ran it fails. Work that reads in bulk on purpose (the CSV export, the import, jobs reading in
/// batches) says so in its query with <c>TagWith("row-limit-exempt: &lt;reason&gt;")</c>; nothing exempts a long IN list.
/// </summary>
/// <remarks>
/// The IN check reads the command, not the LINQ: EF Core 10 turns <c>list.Contains(x)</c> over a collection built in memory into
/// <c>IN (@list1, @list2, …)</c>, one parameter per element (padded a little), which SQLite handles in quadratic time and refuses
/// past 32,766. Whether a list is bounded (a page of names, a division's offices) or grows with the state (every act's id)
/// cannot be told from the query's shape — bounded ones are many and legitimate — so the guard counts what was actually sent:
/// no page or catalogue in the console comes near 100, a list that grows with the accounts does at the scale tests' sizes.
/// Lists of literal constants (<c>Status IN ('Active', 'Suspended')</c>) are not parameters and are not counted.
/// </remarks>
public sealed partial class QueryGuard : DbCommandInterceptor
{
    public const int RowLimit = 500;

    public const int InListLimit = 100;

    /// <summary>The tag (a SQL comment EF writes from <c>TagWith</c>) that lets a query read more than <see cref="RowLimit"/> rows.</summary>
    public const string RowLimitExemptTag = "row-limit-exempt:";

    public static QueryGuard Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        RefuseLongInLists(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RefuseLongInLists(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        RefuseLongInLists(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        RefuseLongInLists(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RefuseLongInLists(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseLongInLists(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Counted(command, eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, eventData, result));

    /// <summary>
    /// Reads are counted; a save's batch is not (it reads back only what it wrote, and Npgsql's batch reads its own reader type).
    /// </summary>
    private static DbDataReader Counted(DbCommand command, CommandEventData eventData, DbDataReader reader) =>
        eventData.CommandSource == CommandSource.SaveChanges || command.CommandText.Contains(RowLimitExemptTag, StringComparison.Ordinal)
            ? reader
            : new RowCountingReader(reader, command.CommandText);

    private static void RefuseLongInLists(DbCommand command)
    {
        foreach (Match list in InList().Matches(command.CommandText))
        {
            var parameters = list.Groups["list"].Value.Count(c => c == '@');
            if (parameters > InListLimit)
                throw new QueryGuardException(
                    $"Query guard: an IN list of {parameters} parameters (limit {InListLimit}) — a Contains over a collection built in memory " +
                    $"that grows with the state; count or join in the database instead. Query: {Describe(command.CommandText)}");
        }
    }

    /// <summary>The query's tags when it has any (EF writes them as leading '-- ' lines), else its first 300 characters.</summary>
    internal static string Describe(string sql)
    {
        var tags = sql.Split('\n').TakeWhile(l => l.StartsWith("-- ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        var text = sql.Length > 300 ? sql[..300] + "…" : sql;
        return tags.Count > 0 ? $"[{string.Join("; ", tags)}] {text}" : text;
    }

    [GeneratedRegex(@"\bIN\s*\((?<list>\s*@\w+(\s*,\s*@\w+)*\s*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex InList();

    /// <summary>Passes every call to the provider's reader, and throws on the row past the limit.</summary>
    private sealed class RowCountingReader(DbDataReader inner, string sql) : DbDataReader
    {
        private int _rows;

        public override bool Read() => Counted(inner.Read());

        public override async Task<bool> ReadAsync(CancellationToken cancellationToken) => Counted(await inner.ReadAsync(cancellationToken));

        private bool Counted(bool read)
        {
            if (read && ++_rows > RowLimit)
                throw new QueryGuardException(
                    $"Query guard: more than {RowLimit} rows read by one query — page it, aggregate it in the database, or read it in batches " +
                    $"and tag it with TagWith(\"{RowLimitExemptTag} <reason>\") when reading everything is the point (CSV export, import, a job's batches). " +
                    $"Query: {Describe(sql)}");
            return read;
        }

        public override bool NextResult() => inner.NextResult();
        public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => inner.NextResultAsync(cancellationToken);
        public override int Depth => inner.Depth;
        public override int FieldCount => inner.FieldCount;
        public override bool HasRows => inner.HasRows;
        public override bool IsClosed => inner.IsClosed;
        public override int RecordsAffected => inner.RecordsAffected;
        public override int VisibleFieldCount => inner.VisibleFieldCount;
        public override object this[int ordinal] => inner[ordinal];
        public override object this[string name] => inner[name];
        public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);
        public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
        public override char GetChar(int ordinal) => inner.GetChar(ordinal);
        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
        public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
        public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
        public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);
        public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);
        public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
        public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);
        public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
        public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);
        public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);
        public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);
        public override string GetName(int ordinal) => inner.GetName(ordinal);
        public override int GetOrdinal(string name) => inner.GetOrdinal(name);
        public override string GetString(int ordinal) => inner.GetString(ordinal);
        public override object GetValue(int ordinal) => inner.GetValue(ordinal);
        public override int GetValues(object[] values) => inner.GetValues(values);
        public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);
        public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => inner.IsDBNullAsync(ordinal, cancellationToken);
        public override T GetFieldValue<T>(int ordinal) => inner.GetFieldValue<T>(ordinal);
        public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => inner.GetFieldValueAsync<T>(ordinal, cancellationToken);
        public override Stream GetStream(int ordinal) => inner.GetStream(ordinal);
        public override TextReader GetTextReader(int ordinal) => inner.GetTextReader(ordinal);
        public override DataTable? GetSchemaTable() => inner.GetSchemaTable();
        public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);
        public override void Close() => inner.Close();
        public override Task CloseAsync() => inner.CloseAsync();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}

/// <summary>A query the test guard refuses (see <see cref="QueryGuard"/>).</summary>
public sealed class QueryGuardException(string message) : Exception(message);
