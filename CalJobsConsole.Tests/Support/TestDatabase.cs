using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Support;

/// <summary>A migrated SQLite database in a temporary folder of its own, a context per operation; deleted on dispose.</summary>
public sealed class TestDatabase : IDbContextFactory<ConsoleDbContext>, IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, DatabaseServices.DatabaseFileName);
        // Every context of a test database runs under the query guard (row and IN-list limits, issue 17).
        Options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DatabaseServices.ConnectionString(Path))
            .AddInterceptors(QueryGuard.Instance).Options;
    }

    public string Folder { get; }

    public string Path { get; }

    public DbContextOptions<ConsoleDbContext> Options { get; }

    /// <summary>
    /// Every migration applied once per test run, to a file each test copies: migrating from scratch for each of the
    /// hundreds of database tests was most of their CPU time, and it is the same schema every time. Migrating an empty
    /// file is still exercised by every app host the tests start (DatabaseInitializer, DatabaseStartupTests).
    /// </summary>
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await MigratedTemplate.Value;
        var database = new TestDatabase(Directory.CreateTempSubdirectory("caljobs-db-").FullName);
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

    public ConsoleDbContext CreateDbContext() => new(Options);

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
