using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data.Backups;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Data.Backups;

/// <summary>
/// A migrated SQLite database of the test's own (its folder the data folder, the copies in its <c>backups</c>), a fake clock at
/// 03:30 Pacific on 2026-03-16 (10:30 UTC), the backup job over them, and ways to read any SQLite file without keeping it open.
/// </summary>
public abstract class BackupTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected TestClock Clock { get; } = new(new DateOnly(2026, 3, 16), hour: 3, minute: 30);

    protected BackupOptions Options { get; } = new();

    protected string Backups => Path.Combine(Database.Folder, Options.Folder);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>SQLite: the backups are SQLite files (VACUUM INTO); the PostgreSQL cases make a database of their own.</summary>
    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync(CalJobsConsole.App.Data.DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected DatabaseBackupJob Job(TestDatabase? database = null) =>
        new(database ?? Database, Microsoft.Extensions.Options.Options.Create(Options), new DataDirectory((database ?? Database).Folder), Clock,
            NullLogger<DatabaseBackupJob>.Instance);

    /// <summary>The directive's 14 privilege groups and a user: rows in several tables, with text, numbers and dates.</summary>
    protected async Task SeedAsync(string userName)
    {
        await using (var db = Database.CreateDbContext())
        {
            db.PrivilegeGroups.AddRange(DirectivePrivilegeGroups.Create());
            await db.SaveChangesAsync(Token);
        }
        await AddUserAsync(userName);
    }

    protected async Task AddUserAsync(string userName)
    {
        await using var db = Database.CreateDbContext();
        db.Users.Add(new ConsoleUser
        {
            Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = $"{userName}@edd.ca.gov",
            FullName = userName, LastSignInAt = Clock.UtcNow,
        });
        await db.SaveChangesAsync(Token);
    }

    /// <summary>The user names in a SQLite file, read through an unpooled connection (the file is closed afterwards).</summary>
    protected static async Task<List<string>> UserNamesAsync(string path) =>
        [.. (await RowsAsync(path, "SELECT UserName FROM AspNetUsers")).Order()];

    /// <summary>Every table of a SQLite file with its rows (each row its values joined), rows in order: two files with the same data dump alike.</summary>
    protected static async Task<Dictionary<string, List<string>>> DumpAsync(string path)
    {
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in await RowsAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            dump[table] = [.. (await RowsAsync(path, $"SELECT * FROM \"{table}\"")).Order(StringComparer.Ordinal)];
        return dump;
    }

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<string>();
        while (await reader.ReadAsync(Token))
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅"
                : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
