using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Backups;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Nightly, on SQLite: a copy of the console's database taken while the console runs (<c>VACUUM INTO</c> reads one consistent
/// snapshot in a read transaction; writers go on), written under a temporary name, checked with <c>PRAGMA integrity_check</c>,
/// flushed to disk and only then named <c>caljobs-&lt;UTC&gt;.db</c> in <c>CalJobs:Backup:Folder</c>; then the copies beyond
/// <c>CalJobs:Backup:Keep</c> are deleted, oldest first, the one just written never. On PostgreSQL it copies nothing and says so:
/// there the backups are the DBA's pg_dump and point-in-time recovery (docs/backups.md). Safe to run twice: each run adds
/// one copy and trims to the newest; <c>restore-backup</c> (<see cref="RestoreBackupCommand"/>) puts a copy back.
/// </summary>
public sealed class DatabaseBackupJob(IDbContextFactory<ConsoleDbContext> contexts, IOptions<BackupOptions> options, DataDirectory data,
    BusinessClock clock, ILogger<DatabaseBackupJob> logger)
{
    public const string Name = "DatabaseBackup";

    private const int Steps = 3;

    public async Task<DatabaseBackupRun> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            logger.LogInformation("The database is PostgreSQL: no copy written; pg_dump and point-in-time recovery back it up.");
            return DatabaseBackupRun.OnPostgreSql;
        }
        var folder = new BackupFolder(options.Value.ResolveFolder(data));
        folder.Create();
        RemoveLeftoverPartials(folder);
        var copy = folder.CopyPath(clock.UtcNow);
        await progress.ReportAsync(0, Steps, "Copying the database (VACUUM INTO)", cancellationToken);
        await WriteCheckedCopyAsync(db, copy, progress, cancellationToken);
        await progress.ReportAsync(2, Steps, "Removing old copies", cancellationToken);
        var (removed, notRemoved) = RemoveBeyondKeep(folder, copy);
        await progress.ReportAsync(Steps, Steps, cancellationToken: cancellationToken);
        var run = new DatabaseBackupRun(copy, new FileInfo(copy).Length, removed, notRemoved, options.Value.Keep);
        logger.LogInformation("Database backup: {Summary}", run.Summary);
        return run;
    }

    /// <summary>
    /// The copy under its temporary name, checked, then flushed: SQLite does not sync a <c>VACUUM INTO</c> file itself, and the
    /// copy must be on the disk before its name says it is whole. A copy that fails the check is deleted and the run fails, so no
    /// old copy is removed for it.
    /// </summary>
    private static async Task WriteCheckedCopyAsync(ConsoleDbContext db, string copy, IJobProgress progress, CancellationToken cancellationToken)
    {
        var partial = BackupFolder.PartialPath(copy);
        try
        {
            File.Delete(partial); // VACUUM INTO refuses a file that exists and is not empty
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {partial}", cancellationToken);
            await progress.ReportAsync(1, Steps, "Checking the copy (PRAGMA integrity_check)", cancellationToken);
            if (await SqliteFileCheck.IntegrityProblemAsync(partial, cancellationToken) is { } problem)
                throw new InvalidOperationException($"The copy {Path.GetFileName(copy)} was deleted: {problem}. No old copy was removed.");
            await using (var written = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
                written.Flush(flushToDisk: true);
            // Two runs within the same second (Run now twice): the later copy replaces the earlier, both being whole.
            File.Move(partial, copy, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Deletes the job's own copies beyond the newest <c>Keep</c>, counting the one just written among them whatever its name's order.</summary>
    private (int Removed, int NotRemoved) RemoveBeyondKeep(BackupFolder folder, string copy)
    {
        var (removed, notRemoved) = (0, 0);
        foreach (var old in folder.Copies().Where(c => c != copy).Skip(options.Value.Keep - 1))
        {
            try
            {
                File.Delete(old);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The new copy is written; an old one that stays is no reason to fail the run (and copy again on the retry).
                logger.LogWarning(ex, "The old backup copy {Path} could not be removed.", old);
                notRemoved++;
            }
        }
        return (removed, notRemoved);
    }

    private void RemoveLeftoverPartials(BackupFolder folder)
    {
        foreach (var partial in folder.LeftoverPartials())
        {
            logger.LogWarning("Removing {Path}, the unfinished copy of an interrupted backup run.", partial);
            File.Delete(partial);
        }
    }
}

/// <summary>What a backup run did: the copy written (null on PostgreSQL), its size, the old copies removed and any that could not be.</summary>
public sealed record DatabaseBackupRun(string? Copy, long SizeBytes, int Removed, int NotRemoved, int Keep)
{
    public static DatabaseBackupRun OnPostgreSql { get; } = new(null, 0, 0, 0, 0);

    /// <summary>The line the Background jobs page shows.</summary>
    public string Summary => Copy is null
        ? "PostgreSQL: no copy written. This database is backed up by pg_dump and point-in-time recovery (WAL archiving), run by its DBA (docs/backups.md)."
        : $"Wrote {Path.GetFileName(Copy)} ({SizeBytes / 1024.0 / 1024.0:0.0} MB, integrity check ok) in {Path.GetDirectoryName(Copy)}; " +
          $"removed {Removed} old copy(ies), keeping the {Keep} newest." +
          (NotRemoved > 0 ? $" {NotRemoved} old copy(ies) could not be removed (see the log)." : "");
}
