using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// Copies a SQLite installation's data into an empty PostgreSQL database (issue 19), every table the EF model maps
/// (<see cref="CopyPlan"/>), and proves it by counting every table on both sides.
/// <list type="bullet">
/// <item>The source must carry exactly this version's SQLite migrations (the console migrates at start): the copy reads the
/// schema this version's model describes, and nothing else would be copied faithfully. It is opened read-only and read inside
/// one transaction, so the copy and its counts see one state of the file.</item>
/// <item>The target is migrated with PostgreSQL's own migrations when it lacks them, and refused when any console table already
/// holds a row, naming the tables: a copy never merges into live data. The tables are locked for the copy's transaction
/// first, so nothing slips in between the check and the copy.</item>
/// <item>Rows travel as raw values over the contexts' own connections (SQLite's reader, PostgreSQL's binary COPY), never as
/// entities: the App's save-time work (the change feed, versions, the audit trail's guard) belongs to acts, and a copy is none.</item>
/// <item>One PostgreSQL transaction holds the whole copy, the identity sequences set past the copied keys, and the counts; it
/// commits only when every count matches. A refused row, a cancellation or a lost connection leaves the target without a row.</item>
/// </list>
/// </summary>
public sealed partial class SqliteToPostgreSqlCopy(string sqliteFile, string postgreSqlConnectionString, TextWriter output)
{
    /// <summary>How often a long table reports how far it got.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    /// <summary>Where the target is, for messages: database, host and port, never the password.</summary>
    public string Target { get; } = Describe(postgreSqlConnectionString);

    public async Task<CopyResult> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(sqliteFile))
            return CopyResult.Refused($"There is no SQLite database at {sqliteFile} (--from names another file).");
        await using var source = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(SourceConnectionString()).Options);
        await using var target = new PostgreSqlConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(postgreSqlConnectionString).Options);
        if (await SourceRefusalAsync(source, cancellationToken) is { } sourceRefusal)
            return CopyResult.Refused(sourceRefusal);
        if (await PrepareTargetAsync(target, cancellationToken) is { } targetRefusal)
            return CopyResult.Refused(targetRefusal);
        var tables = CopyPlan.Between(source.Model.GetRelationalModel(), target.Model.GetRelationalModel());

        await source.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = (SqliteConnection)source.Database.GetDbConnection();
        // Deferred: a read transaction (the connection is read-only); its snapshot holds from the first read to the last count.
        await using var snapshot = sqlite.BeginTransaction(deferred: true);
        await target.Database.OpenConnectionAsync(cancellationToken);
        var postgreSql = (NpgsqlConnection)target.Database.GetDbConnection();
        await using var transaction = await postgreSql.BeginTransactionAsync(cancellationToken);
        var read = new Sql(source.GetService<ISqlGenerationHelper>());
        var write = new Sql(target.GetService<ISqlGenerationHelper>());

        await ExecuteAsync(postgreSql, $"LOCK TABLE {string.Join(", ", tables.Select(write.Table))} IN EXCLUSIVE MODE", cancellationToken);
        if (await TablesWithRowsAsync(postgreSql, tables, write, cancellationToken) is { Count: > 0 } occupied)
            return CopyResult.Refused($"The PostgreSQL database {Target} already holds rows in {string.Join(", ", occupied)}. "
                + "The copy never merges into live data: copy into a new, empty database.");

        var clock = Stopwatch.StartNew();
        output.WriteLine($"Copying {tables.Count} tables from {sqliteFile} into {Target}:");
        foreach (var table in tables)
        {
            var started = clock.Elapsed;
            var rows = await CopyTableAsync(table, sqlite, snapshot, read, postgreSql, write, cancellationToken);
            output.WriteLine($"  {table.Name}: {rows:N0} rows ({(clock.Elapsed - started).TotalSeconds:F1} s)");
        }
        await ResetSequencesAsync(postgreSql, tables, write, cancellationToken);

        var counts = new List<TableCount>();
        foreach (var table in tables)
            counts.Add(new TableCount(table.Name, await CountAsync(sqlite, snapshot, read.Table(table), cancellationToken),
                await CountAsync(postgreSql, null, write.Table(table), cancellationToken)));
        if (counts.All(c => c.Matches))
            await transaction.CommitAsync(cancellationToken);
        output.WriteLine($"Copied {counts.Sum(c => c.PostgreSql):N0} rows in {clock.Elapsed.TotalSeconds:F1} s"
            + (counts.All(c => c.Matches) ? "." : "; the counts differ, so the copy was rolled back."));
        return new CopyResult(null, counts);
    }

    /// <summary>Read-only and unpooled: the copy cannot change the file, and leaves it closed.</summary>
    private string SourceConnectionString() =>
        new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private async Task<string?> SourceRefusalAsync(ConsoleDbContext source, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> applied;
        try
        {
            applied = (await source.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        }
        catch (SqliteException ex)
        {
            throw new DatabaseUnavailableException(sqliteFile, ex.Message.TrimEnd('.'), ex);
        }
        var known = source.Database.GetMigrations().ToList();
        if (applied.Except(known).ToList() is { Count: > 0 } unknown)
            return $"The SQLite database {sqliteFile} was migrated by a newer version of the console ({string.Join(", ", unknown)}): "
                + "copy it with that version.";
        if (known.Except(applied).ToList() is { Count: > 0 } pending)
            return $"The SQLite database {sqliteFile} lacks {pending.Count} migration(s) of this version ({string.Join(", ", pending)}): "
                + "start the console once on SQLite first (it migrates at start), stop it, then copy.";
        return null;
    }

    /// <summary>PostgreSQL's own migrations, applied when missing; a database migrated by another version is refused.</summary>
    private async Task<string?> PrepareTargetAsync(PostgreSqlConsoleDbContext target, CancellationToken cancellationToken)
    {
        try
        {
            var applied = (await target.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var known = target.Database.GetMigrations().ToList();
            if (applied.Except(known).ToList() is { Count: > 0 } unknown)
                return $"The PostgreSQL database {Target} was migrated by another version of the console ({string.Join(", ", unknown)}): "
                    + "copy into a new, empty database.";
            if (known.Except(applied).ToList() is { Count: > 0 } pending)
            {
                output.WriteLine($"Creating the console's tables in {Target} ({pending.Count} PostgreSQL migration(s)).");
                await target.Database.MigrateAsync(cancellationToken);
            }
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            var cause = ex is InvalidOperationException ? ex.InnerException! : ex;
            throw new DatabaseUnavailableException(Target, (cause is PostgresException pg ? pg.MessageText : cause.Message).TrimEnd('.'), ex);
        }
    }

    private static async Task<List<string>> TablesWithRowsAsync(NpgsqlConnection postgreSql, IReadOnlyList<CopyTable> tables, Sql write,
        CancellationToken cancellationToken)
    {
        var occupied = new List<string>();
        foreach (var table in tables)
            if (await CountAsync(postgreSql, null, write.Table(table), cancellationToken) is var rows and > 0)
                occupied.Add($"{table.Name} ({rows:N0})");
        return occupied;
    }

    private async Task<long> CopyTableAsync(CopyTable table, SqliteConnection sqlite, SqliteTransaction snapshot, Sql read,
        NpgsqlConnection postgreSql, Sql write, CancellationToken cancellationToken)
    {
        long row = 0;
        try
        {
            await using var select = sqlite.CreateCommand();
            select.Transaction = snapshot;
            // In rowid order (a plain scan's own order), so that a row PostgreSQL refuses by its line can be found again.
            select.CommandText = $"SELECT {read.Columns(table)} FROM {read.Table(table)} ORDER BY rowid";
            await using var rows = await select.ExecuteReaderAsync(cancellationToken);
            await using var copy = await postgreSql.BeginBinaryImportAsync(
                $"COPY {write.Table(table)} ({write.Columns(table)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            var progress = Stopwatch.StartNew();
            // Values are written synchronously: COPY buffers them, and an await per value doubled the time (10,000 accounts
            // 1.6 s → 0.8 s). The read checks the cancellation once a row.
            while (await rows.ReadAsync(cancellationToken))
            {
                row++;
                copy.StartRow();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (table.Columns[i].ValueAt(rows, i) is { } value)
                        copy.Write(value, table.Columns[i].StoreType);
                    else
                        copy.WriteNull();
                }
                if (row % 10_000 == 0 && progress.Elapsed > ProgressInterval)
                {
                    output.WriteLine($"  {table.Name}: {row:N0} rows so far");
                    progress.Restart();
                }
            }
            return (long)await copy.CompleteAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // PostgreSQL names the line (the row's place in the stream) and the column of a value it refused; a value this side
            // could not read or convert is the current row's. A refusal of the whole statement names no row.
            var (refused, column) = ex is PostgresException pg
                ? (pg.Where is { } where && RefusedLine().Match(where) is { Success: true } line ? long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                    pg.Where is { } at && RefusedColumn().Match(at) is { Success: true } named ? named.Groups[1].Value : null)
                : (row, null);
            var key = refused > 0 ? await KeyOfRowAsync(table, refused, sqlite, snapshot, read) : null;
            throw new CopyFailedException(table.Name, key is null ? null : key + (column is null ? "" : $", column {column}"), ex);
        }
    }

    /// <summary>The primary key of the table's <paramref name="row"/>th row in rowid order, as "Id = …".</summary>
    private static async Task<string?> KeyOfRowAsync(CopyTable table, long row, SqliteConnection sqlite, SqliteTransaction snapshot, Sql read)
    {
        await using var select = sqlite.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = $"SELECT {string.Join(", ", table.Key.Select(read.Identifier))} FROM {read.Table(table)} ORDER BY rowid LIMIT 1 OFFSET @offset";
        select.Parameters.AddWithValue("@offset", row - 1);
        await using var reader = await select.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? string.Join(", ", table.Key.Select((name, i) => $"{name} = {reader.GetValue(i)}"))
            : null;
    }

    [GeneratedRegex(@"\bline (\d+)")]
    private static partial Regex RefusedLine();

    [GeneratedRegex(@"\bcolumn (\w+)")]
    private static partial Regex RefusedColumn();

    /// <summary>
    /// COPY writes the keys it is given, so an identity column's sequence still stands at 1: each is set past its table's
    /// largest key, or the first audit record or claim written after the move would collide with a copied one. Which columns
    /// have a sequence is asked of PostgreSQL (<c>pg_get_serial_sequence</c>), whatever the migrations made of them.
    /// </summary>
    private async Task ResetSequencesAsync(NpgsqlConnection postgreSql, IReadOnlyList<CopyTable> tables, Sql write, CancellationToken cancellationToken)
    {
        var sequences = new List<(string Table, string Name, string Column, string Sequence)>();
        await using (var find = new NpgsqlCommand("""
            SELECT a.attrelid::regclass::text, c.relname, a.attname, pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attrelid = ANY(@tables::regclass[]) AND a.attnum > 0 AND NOT a.attisdropped
              AND pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) IS NOT NULL
            ORDER BY c.relname, a.attname
            """, postgreSql))
        {
            find.Parameters.AddWithValue("tables", tables.Select(write.Table).ToArray());
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                sequences.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        output.WriteLine("Identity sequences set past the copied keys:");
        foreach (var (table, name, column, sequence) in sequences)
        {
            // Past the largest key (or at 1 in an empty table: setval cannot go below a sequence's minimum of 1).
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(@sequence, COALESCE(MAX({write.Identifier(column)}), 0) + 1, false) FROM {table}", postgreSql);
            reset.Parameters.AddWithValue("sequence", sequence);
            output.WriteLine($"  {name}.{column}: next {await reset.ExecuteScalarAsync(cancellationToken)}");
        }
    }

    private static async Task<long> CountAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        string table, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Database} on the PostgreSQL server {builder.Host}:{builder.Port}";
    }

    /// <summary>Identifiers quoted as each provider's EF Core quotes them.</summary>
    private sealed class Sql(ISqlGenerationHelper helper)
    {
        public string Table(CopyTable table) => helper.DelimitIdentifier(table.Name, table.Schema);

        public string Columns(CopyTable table) => string.Join(", ", table.Columns.Select(c => helper.DelimitIdentifier(c.Name)));

        public string Identifier(string name) => helper.DelimitIdentifier(name);
    }
}
