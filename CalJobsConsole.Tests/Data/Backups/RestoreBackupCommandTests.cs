using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Backups;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Data.Backups;

/// <summary>
/// restore-backup: a copy put back in place of the database, the database as it was kept beside it (its WAL folded in), the
/// migrations an older copy lacks applied; every refusal — PostgreSQL, a file that is not SQLite, damaged, not the console's or
/// from a newer version, a database still held open — exits with 2, says why and changes nothing.
/// </summary>
public class RestoreBackupCommandTests : BackupTestBase
{
    private const string Kept = "caljobs.db.before-restore-20260316T113000Z"; // the restore runs an hour after the copy
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    private RestoreBackupCommand Command(TestDatabase? database = null)
    {
        var target = database ?? Database;
        var initializer = new DatabaseInitializer(target, new DataDirectory(target.Folder), new HostingEnvironment { EnvironmentName = Environments.Production },
            new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance);
        return new RestoreBackupCommand(target, initializer, Clock, _output, _errors);
    }

    /// <summary>What the command printed, for a failing assertion's message.</summary>
    private string Printed => $"output:\n{_output}\nerrors:\n{_errors}";

    /// <summary>A copy by the backup job of the database as it is now; the clock then moves on an hour.</summary>
    private async Task<string> BackUpAsync()
    {
        var copy = (await Job().RunAsync(JobProgress.None, Token)).Copy!;
        Clock.Advance(TimeSpan.FromHours(1));
        return copy;
    }

    [Fact]
    public async Task Run_AfterAChange_PutsTheCopyBackAndKeepsTheDatabaseAsItWas()
    {
        await SeedAsync("before.backup");
        var copy = await BackUpAsync();
        await AddUserAsync("after.backup");

        var exitCode = await Command().RunAsync([copy], Token);

        Assert.True(exitCode == 0, Printed);
        var kept = Path.Combine(Database.Folder, Kept);
        // The change was in the WAL when the restore began: it was folded into the kept file, and no -wal was left behind
        // (looked for before anything opens the kept file, which would make one).
        Assert.False(File.Exists(kept + "-wal"));
        Assert.Equal(["after.backup", "before.backup"], await UserNamesAsync(kept));
        Assert.Equal(["before.backup"], await UserNamesAsync(Database.Path));
        Assert.DoesNotContain(Directory.GetFiles(Database.Folder), f => f.Contains(".restoring-"));
        Assert.True(File.Exists(copy)); // the backup itself is left as it was
        Assert.Contains("The console must be stopped while restoring", _output.ToString());
        Assert.Contains($"Kept the database as it was as {Kept}", _output.ToString());
        Assert.Contains("none applied", _output.ToString());
    }

    [Fact]
    public async Task Run_OfACopyFromAnOlderVersion_AppliesTheMigrationsItLacks()
    {
        var older = Path.Combine(Database.Folder, "older.db");
        string[] migrations;
        await using (var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>()
                         .UseSqlite(new SqliteConnectionStringBuilder { DataSource = older, Pooling = false }.ToString()).Options))
        {
            migrations = [.. db.Database.GetMigrations()];
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], Token);
        }

        var exitCode = await Command().RunAsync([older], Token);

        Assert.True(exitCode == 0, Printed);
        Assert.Contains($"Applied 1 migration(s) the copy did not have: {migrations[^1]}.", _output.ToString());
        await using var restored = Database.CreateDbContext();
        Assert.Empty(await restored.Database.GetPendingMigrationsAsync(Token));
        Assert.Equal(migrations, await restored.Database.GetAppliedMigrationsAsync(Token));
    }

    public static TheoryData<string, string> Unfit() => new()
    {
        { "text", "it is not a SQLite database" },
        { "damaged", "PRAGMA integrity_check" },
        { "foreign", "it has no console tables" },
        { "newer", "it holds 1 migration(s) this version of the console does not have (29991231000000_FromANewerVersion)" },
    };

    [Theory]
    [MemberData(nameof(Unfit))]
    public async Task Run_OfAFileUnfitToBeTheDatabase_RefusesWithItsReasonAndChangesNothing(string kind, string reason)
    {
        await SeedAsync("current.user");
        var file = await UnfitFileAsync(kind);
        var before = FilesWithNoConnectionOpen();

        var exitCode = await Command().RunAsync([file], Token);
        var after = FilesWithNoConnectionOpen();

        Assert.True(exitCode == RestoreBackupCommand.Refused, Printed);
        Assert.Contains($"{file} cannot be restored: {reason}", _errors.ToString());
        Assert.Contains("Nothing was changed.", _errors.ToString());
        Assert.Equal(before, after);
        Assert.Equal(["current.user"], await UserNamesAsync(Database.Path));
    }

    /// <summary>
    /// The test folder's files once every pooled connection is closed: a WAL database has its -wal and -shm beside it while a
    /// connection is open, and SQLite removes them when the last one closes (unless that one was read-only, as the test's own
    /// reads are: hence the listing before them).
    /// </summary>
    private List<string?> FilesWithNoConnectionOpen()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Directory.GetFiles(Database.Folder).Select(Path.GetFileName).Order().ToList();
    }

    [Fact]
    public async Task Run_WhileAnotherConnectionHoldsTheDatabaseOpen_RefusesAsInUse()
    {
        await SeedAsync("current.user");
        var copy = await BackUpAsync();
        await AddUserAsync("after.backup");
        await using var console = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database.Path, Pooling = false }.ToString());
        await console.OpenAsync(Token);
        await using (var read = console.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM AspNetUsers";
            await read.ExecuteScalarAsync(Token);
        }

        var exitCode = await Command().RunAsync([copy], Token);

        Assert.True(exitCode == RestoreBackupCommand.Refused, Printed);
        Assert.Contains("is in use by another process: stop the console", _errors.ToString());
        Assert.Equal(["after.backup", "current.user"], await UserNamesAsync(Database.Path));
        Assert.DoesNotContain(Directory.GetFiles(Database.Folder), f => f.Contains(".before-restore-") || f.Contains(".restoring-"));
    }

    [Fact]
    public async Task Run_OfAMissingFile_Refuses()
    {
        var missing = Path.Combine(Database.Folder, "no-such-copy.db");

        var exitCode = await Command().RunAsync([missing], Token);

        Assert.True(exitCode == RestoreBackupCommand.Refused, Printed);
        Assert.Contains($"No file {missing}. Nothing was changed.", _errors.ToString());
    }

    [Fact]
    public async Task Run_OnPostgreSql_RefusesNamingPgRestoreAndPointInTimeRecovery()
    {
        await using var postgreSql = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var exitCode = await Command(postgreSql).RunAsync([Path.Combine(postgreSql.Folder, "caljobs-20260316T103000Z.db")], Token);

        Assert.True(exitCode == RestoreBackupCommand.Refused, Printed);
        Assert.Contains("pg_restore", _errors.ToString());
        Assert.Contains("point-in-time recovery", _errors.ToString());
    }

    [Fact]
    public async Task Program_WithRestoreBackupOfAFileThatIsNotSqlite_ExitsWith2WithoutServing()
    {
        var file = Path.Combine(Database.Folder, "notes.txt");
        await File.WriteAllTextAsync(file, "not a database", Token);

        var (exitCode, output, errors) = await AppProcess.RunAsync(Database.Folder, [RestoreBackupCommand.Name, file]);

        Assert.True(exitCode == RestoreBackupCommand.Refused, output + errors);
        Assert.Contains("it is not a SQLite database", errors);
        Assert.DoesNotContain("Now listening", output);
    }

    /// <summary>A file outside the data folder that must not become the database.</summary>
    private async Task<string> UnfitFileAsync(string kind)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Database.Folder, "elsewhere")).FullName;
        var file = Path.Combine(folder, $"{kind}.db");
        switch (kind)
        {
            case "text":
                await File.WriteAllTextAsync(file, "UserName,Email\nmallory,mallory@example.com\n", Token);
                break;
            case "damaged":
                // A whole copy with pages in the middle overwritten, as a failing disk or an interrupted transfer leaves it.
                File.Copy(await BackUpAsync(), file);
                await using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
                {
                    stream.Position = stream.Length / 2;
                    stream.Write(Enumerable.Repeat((byte)0x5A, 16 * 4096).ToArray());
                }
                break;
            case "foreign":
                await ExecuteAsync(file, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT); INSERT INTO Notes (Text) VALUES ('hello');");
                break;
            case "newer":
                File.Copy(await BackUpAsync(), file);
                await ExecuteAsync(file, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromANewerVersion', '11.0.0');");
                break;
        }
        return file;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }
}
