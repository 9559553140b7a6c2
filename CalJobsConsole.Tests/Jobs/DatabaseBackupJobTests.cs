using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Backups;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Data.Backups;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>
/// The nightly backup, without Hangfire: on SQLite a copy named by its UTC instant that passes the integrity check and holds
/// the same rows; retention keeps exactly the newest <c>Keep</c> of the job's own copies and never touches another file; on
/// PostgreSQL nothing is written and the summary says why.
/// </summary>
public class DatabaseBackupJobTests : BackupTestBase
{
    private const string FirstCopy = "caljobs-20260316T103000Z.db"; // 03:30 Pacific daylight time

    [Fact]
    public async Task RunAsync_OnSqlite_WritesACheckedCopyWithTheSameRows()
    {
        await SeedAsync("olivia.ortiz");
        await AddUserAsync("morgan.mis");

        var run = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(Path.Combine(Backups, FirstCopy), run.Copy);
        Assert.Equal([run.Copy], Directory.GetFiles(Backups)); // no partial copy left beside it
        Assert.Null(await SqliteFileCheck.IntegrityProblemAsync(run.Copy, Token));
        Assert.Equal(["morgan.mis", "olivia.ortiz"], await UserNamesAsync(run.Copy));
        var copied = await DumpAsync(run.Copy);
        Assert.Equal(14, copied["PrivilegeGroups"].Count);
        Assert.Equal(await DumpAsync(Database.Path), copied);
        Assert.Equal(0, run.Removed);
        Assert.StartsWith($"Wrote {FirstCopy} (", run.Summary);
        Assert.Contains("removed 0 old copy(ies), keeping the 14 newest", run.Summary);
    }

    [Fact]
    public async Task RunAsync_WithMoreCopiesThanKeep_KeepsExactlyTheNewestAndNoOtherFile()
    {
        Options.Keep = 3;
        Directory.CreateDirectory(Path.Combine(Backups, "older"));
        string[] foreign =
        [
            "caljobs.db", "caljobs-notes.db", "caljobs-20200101T000000Z.db.bak", "caljobs-20200101T000000Z.DB", "other-20200101T000000Z.db",
            "README.txt", Path.Combine("older", "caljobs-20200101T000000Z.db"),
        ];
        foreach (var name in foreign)
            await File.WriteAllTextAsync(Path.Combine(Backups, name), name, Token);
        foreach (var name in new[] { "caljobs-20250101T000000Z.db", "caljobs-20250102T000000Z.db" })
            await File.WriteAllTextAsync(Path.Combine(Backups, name), "an old copy", Token);

        var removed = new List<int>();
        for (var night = 0; night < 4; night++)
        {
            removed.Add((await Job().RunAsync(JobProgress.None, Token)).Removed);
            Clock.AdvanceDays(1);
        }

        Assert.Equal([0, 1, 1, 1], removed);
        Assert.Equal(["caljobs-20260319T103000Z.db", "caljobs-20260318T103000Z.db", "caljobs-20260317T103000Z.db"],
            new BackupFolder(Backups).Copies().Select(Path.GetFileName));
        foreach (var name in foreign)
            Assert.Equal(name, await File.ReadAllTextAsync(Path.Combine(Backups, name), Token));
        Assert.Equal(foreign.Length - 1 + 3, Directory.GetFiles(Backups).Length);
    }

    [Fact]
    public async Task RunAsync_WhenKeptCopiesAreNamedLaterThanNow_KeepsTheCopyJustWritten()
    {
        // The clock was set back after copies were taken: the new copy sorts oldest by name, yet it is the one to keep.
        Options.Keep = 2;
        Directory.CreateDirectory(Backups);
        foreach (var name in new[] { "caljobs-20270101T000000Z.db", "caljobs-20270102T000000Z.db" })
            await File.WriteAllTextAsync(Path.Combine(Backups, name), "a copy from a clock ahead", Token);

        var run = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(1, run.Removed);
        Assert.Equal(["caljobs-20270102T000000Z.db", FirstCopy], new BackupFolder(Backups).Copies().Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunAsync_AfterAnInterruptedRun_RemovesItsPartialCopyOnly()
    {
        Directory.CreateDirectory(Backups);
        var leftover = Path.Combine(Backups, "caljobs-20260315T103000Z.db.partial");
        var foreign = Path.Combine(Backups, "notes.partial");
        await File.WriteAllTextAsync(leftover, "half a copy", Token);
        await File.WriteAllTextAsync(foreign, "not the job's", Token);

        var run = await Job().RunAsync(JobProgress.None, Token);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(foreign));
        Assert.True(File.Exists(run.Copy));
    }

    [Fact]
    public async Task RunAsync_OnPostgreSql_WritesNothingAndNamesPgDump()
    {
        await using var postgreSql = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var run = await Job(postgreSql).RunAsync(JobProgress.None, Token);

        Assert.Null(run.Copy);
        Assert.Contains("PostgreSQL: no copy written", run.Summary);
        Assert.Contains("pg_dump", run.Summary);
        Assert.Empty(Directory.EnumerateFileSystemEntries(postgreSql.Folder));
    }

    [Theory]
    [InlineData("Keep", "0", "CalJobs:Backup:Keep must be 1 to 1000.")]
    [InlineData("Keep", "1001", "CalJobs:Backup:Keep must be 1 to 1000.")]
    [InlineData("Folder", "", "CalJobs:Backup:Folder is required.")]
    public void Options_WhenOutOfRange_AreRefusedNamingTheSetting(string setting, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{BackupOptions.Section}:{setting}"] = value }).Build();
        using var services = new ServiceCollection().AddConsoleBackups(configuration).BuildServiceProvider();

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BackupOptions>>().Value);

        Assert.Contains(message, refusal.Message);
    }
}
