using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// A migrated database of its own, a context per operation, with a temporary folder for the files beside it; deleted on
/// dispose. SQLite by default (a file in the folder); PostgreSQL when asked (<see cref="CreateAsync(DatabaseProvider)"/>), a
/// database on the test server (<see cref="TestPostgreSql"/>).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<ConsoleDbContext>, IAsyncDisposable
{
    private readonly string? _postgreSqlDatabase;

    private TestDatabase(string folder, DatabaseProvider provider, string? postgreSqlDatabase)
    {
        Folder = folder;
        Provider = provider;
        _postgreSqlDatabase = postgreSqlDatabase;
        Path = System.IO.Path.Combine(folder, DatabaseServices.DatabaseFileName);
        var options = new DbContextOptionsBuilder<ConsoleDbContext>();
        if (provider == DatabaseProvider.PostgreSql)
            options.UseNpgsql(TestPostgreSql.ConnectionString(postgreSqlDatabase!));
        else
            options.UseSqlite(DatabaseServices.ConnectionString(Path));
        // Every context of a test database runs under the query guard (row and IN-list limits, issue 17).
        Options = options.AddInterceptors(QueryGuard.Instance).Options;
    }

    /// <summary>A folder of the test's own, for evidence and other files.</summary>
    public string Folder { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string Path { get; }

    public DbContextOptions<ConsoleDbContext> Options { get; }

    /// <summary>
    /// Every migration applied once per test run, to a file each test copies: migrating from scratch for each of the
    /// hundreds of database tests was most of their CPU time, and it is the same schema every time. Migrating an empty
    /// file is still exercised by every app host the tests start (DatabaseInitializer, DatabaseStartupTests).
    /// </summary>
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);

    /// <summary>
    /// <c>CALJOBS_TEST_PROVIDER</c>: <c>PostgreSql</c> runs the suite's databases and app hosts on the PostgreSQL test server
    /// (.ci/run's second pass); anything else, SQLite. Tests about one engine's own behaviour name it instead.
    /// </summary>
    public const string ProviderVariable = "CALJOBS_TEST_PROVIDER";

    public static DatabaseProvider DefaultProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), nameof(DatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    /// <summary>A database on the suite's provider (<see cref="DefaultProvider"/>).</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(DefaultProvider);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-db-").FullName;
        if (provider == DatabaseProvider.PostgreSql)
            return new TestDatabase(folder, provider, await TestPostgreSql.CreateDatabaseAsync());
        var template = await MigratedTemplate.Value;
        var database = new TestDatabase(folder, provider, null);
        File.Copy(template, database.Path);
        await using var db = database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return database;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-db-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = System.IO.Path.Combine(folder, DatabaseServices.DatabaseFileName);
        // No pooling: the file is closed (rollback journal, no -wal beside it) before anyone copies it.
        var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseServices.ConnectionString(path)) { Pooling = false };
        await using var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(connection.ToString()).Options);
        await db.Database.MigrateAsync();
        return path;
    }

    /// <summary>A context of the provider's type, as the App's <see cref="ConsoleDbContextFactory"/> makes it.</summary>
    public ConsoleDbContext CreateDbContext() => ConsoleDbContextFactory.Create(Options, Provider);

    public async ValueTask DisposeAsync()
    {
        if (_postgreSqlDatabase is not null)
            await TestPostgreSql.DropDatabaseAsync(_postgreSqlDatabase);
        else
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
