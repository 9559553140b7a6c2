using System.Text;
using Microsoft.Data.Sqlite;

namespace CalJobsConsole.App.Data.Backups;

/// <summary>
/// Whether a file is fit to be the console's SQLite database: a SQLite file (its header), whole (<c>PRAGMA integrity_check</c>
/// answers "ok"), and — before a restore — the console's (its migration history, every entry one this version knows). Each
/// check answers null when the file passes, or the reason it does not, in words an operator can act on.
/// </summary>
public static class SqliteFileCheck
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Null when <paramref name="path"/> is a SQLite file that passes <c>PRAGMA integrity_check</c>; else why not.</summary>
    public static async Task<string?> IntegrityProblemAsync(string path, CancellationToken cancellationToken)
    {
        if (!HasSqliteHeader(path))
            return "it is not a SQLite database (it does not begin with \"SQLite format 3\")";
        try
        {
            await using var connection = Open(path);
            await connection.OpenAsync(cancellationToken);
            var findings = await ReadAsync(connection, "PRAGMA integrity_check;", cancellationToken);
            return findings is ["ok"]
                ? null
                : $"PRAGMA integrity_check found {findings.Count} problem(s): {string.Join("; ", findings.Take(3))}{(findings.Count > 3 ? "; …" : "")}";
        }
        catch (SqliteException ex)
        {
            return $"PRAGMA integrity_check could not read it: {ex.Message}";
        }
    }

    /// <summary>
    /// Null when <paramref name="path"/> may replace the console's database: it passes the integrity check, holds the console's
    /// migration history, and every migration in it is one of <paramref name="knownMigrations"/> (a copy from a newer version of
    /// the console would hold tables this version does not know how to use). Missing migrations are fine: they are applied.
    /// </summary>
    public static async Task<string?> RestoreProblemAsync(string path, IReadOnlyCollection<string> knownMigrations, CancellationToken cancellationToken)
    {
        if (await IntegrityProblemAsync(path, cancellationToken) is { } problem)
            return problem;
        await using var connection = Open(path);
        await connection.OpenAsync(cancellationToken);
        var history = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';", cancellationToken);
        var applied = history.Count == 0 ? [] : await ReadAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId;", cancellationToken);
        if (applied.Count == 0)
            return "it has no console tables (no EF Core migration history): it is not a CalJOBS Console database";
        var unknown = applied.Except(knownMigrations, StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? null
            : $"it holds {unknown.Count} migration(s) this version of the console does not have ({string.Join(", ", unknown.Take(3))}{(unknown.Count > 3 ? ", …" : "")}): " +
              "it comes from a newer version of the console, or is not this console's database";
    }

    private static bool HasSqliteHeader(string path)
    {
        using var file = File.OpenRead(path);
        var start = new byte[Header.Length];
        return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(Header);
    }

    /// <summary>Unpooled, so the file is closed when the check ends; never creates a file.</summary>
    private static SqliteConnection Open(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            values.Add(reader.GetString(0));
        return values;
    }
}
