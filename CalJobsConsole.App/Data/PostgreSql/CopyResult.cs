namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// How a copy ended. Refused (with the reason, nothing written); or copied, with every table's rows on both sides — committed
/// only when every count matches, rolled back otherwise.
/// </summary>
public sealed record CopyResult(string? Refusal, IReadOnlyList<TableCount> Counts)
{
    public static CopyResult Refused(string reason) => new(reason, []);

    /// <summary>Every table copied, every count equal, the transaction committed.</summary>
    public bool Committed => Refusal is null && Counts.All(c => c.Matches);
}

/// <summary>One table's rows in the SQLite source and, inside the copy's transaction, in PostgreSQL.</summary>
public sealed record TableCount(string Table, long Sqlite, long PostgreSql)
{
    public bool Matches => Sqlite == PostgreSql;
}

/// <summary>
/// Copying a table failed — PostgreSQL refused a row SQLite kept, say — at the row <see cref="Row"/> names (its primary key) when
/// known. The transaction was rolled back, so nothing was written.
/// </summary>
public sealed class CopyFailedException(string table, string? row, Exception inner)
    : Exception($"Copying {table} failed{(row is null ? "" : $" at its row {row}")}: {Reason(inner)}. "
        + "Nothing was written: the PostgreSQL transaction was rolled back.", inner)
{
    public string Table { get; } = table;

    public string? Row { get; } = row;

    private static string Reason(Exception ex) => ex switch
    {
        Npgsql.PostgresException pg => $"{pg.MessageText.TrimEnd('.')} ({pg.SqlState})",
        _ => ex.Message.TrimEnd('.'),
    };
}
