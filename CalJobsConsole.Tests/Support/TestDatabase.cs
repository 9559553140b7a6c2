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
        Options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DatabaseServices.ConnectionString(Path)).Options;
    }

    public string Folder { get; }

    public string Path { get; }

    public DbContextOptions<ConsoleDbContext> Options { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase(Directory.CreateTempSubdirectory("caljobs-db-").FullName);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return database;
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
