using CalJobsConsole.App.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// A SQLite installation as the console leaves it after a first start in Development: migrated, in WAL mode, with the demo data
/// the seeder wrote through the domain (users, accounts in every state, evidence, the audit trail, the Data Protection keys).
/// Seeded once per test run by a Development host; each test gets a copy of the file.
/// </summary>
public static class DemoSqliteDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>A copy of the demo database as <c>caljobs.db</c> in <paramref name="folder"/>; returns its path.</summary>
    public static async Task<string> CopyToAsync(string folder)
    {
        var path = Path.Combine(folder, DatabaseServices.DatabaseFileName);
        File.Copy(await Template.Value, path);
        return path;
    }

    /// <summary>An unpooled connection string, so a test's own writes leave the file closed behind them.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static async Task<string> CreateTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-demo-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = Path.Combine(folder, DatabaseServices.DatabaseFileName);
        await using (var host = new TestAppFactory(settings: TestAppFactory.OnSqlite))
        {
            // Starting the host migrates and seeds; VACUUM INTO writes one consistent file while it runs.
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", path);
        }
        await using var connection = new SqliteConnection(ConnectionString(path));
        await connection.OpenAsync();
        await using var wal = new SqliteCommand("PRAGMA journal_mode=WAL;", connection);
        await wal.ExecuteNonQueryAsync();
        return path;
    }
}
