using CalJobsConsole.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Backups;

/// <summary>
/// <c>restore-backup &lt;file&gt;</c>, with the console stopped: puts a SQLite copy (the backup job's, or any copy of the console's
/// database) in place of the database, keeping the current one as <c>caljobs.db.before-restore-&lt;UTC&gt;</c>, then applies the
/// migrations the copy lacks (a copy from an older version) so the console starts on it as it is. Refused, with nothing
/// changed: on PostgreSQL (pg_restore or point-in-time recovery restore it), a missing file, one that is not SQLite, fails
/// <c>PRAGMA integrity_check</c>, is not the console's or comes from a newer version, and a database another process holds
/// open (a console still running). Exit codes: 0 restored, 2 refused, 1 failed.
/// </summary>
public sealed class RestoreBackupCommand(IDbContextFactory<ConsoleDbContext> contexts, DatabaseInitializer initializer, BusinessClock clock,
    TextWriter output, TextWriter errors)
{
    public const string Name = "restore-backup";
    public const string KeptInfix = ".before-restore-";
    public const int Refused = 2;
    public const int Failed = 1;

    /// <summary>How long the check for another process waits for the database's lock before it calls the database in use.</summary>
    private const int InUseWaitSeconds = 2;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        new RestoreBackupCommand(services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(), services.GetRequiredService<DatabaseInitializer>(),
            services.GetRequiredService<BusinessClock>(), Console.Out, Console.Error).RunAsync(args[1..]);

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        if (arguments is not [var file])
            return Refuse($"Usage: {Name} <backup file>   (stop the console first)");
        string connectionString;
        List<string> knownMigrations;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!db.Database.IsSqlite())
                return Refuse("The console's database is PostgreSQL: restore-backup restores SQLite copies only. Restore PostgreSQL with pg_restore " +
                    "from a pg_dump, or by point-in-time recovery from the WAL archive (docs/backups.md). Nothing was changed.");
            connectionString = db.Database.GetConnectionString()!;
            knownMigrations = db.Database.GetMigrations().ToList();
        }
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        var source = Path.GetFullPath(file);
        output.WriteLine($"Restoring {source} as the database {database}.");
        output.WriteLine("The console must be stopped while restoring (every process using this data folder); start it again afterwards.");
        if (!File.Exists(source))
            return Refuse($"No file {source}. Nothing was changed.");
        if (source == database)
            return Refuse($"{source} is the database itself: name a backup copy. Nothing was changed.");
        var stamp = BackupFolder.Stamp(clock.UtcNow);
        var staging = $"{database}.restoring-{stamp}";
        try
        {
            // The checks run on a copy beside the database: exactly the bytes that will be put in place, the backup untouched,
            // and the final step a rename on one file system.
            File.Copy(source, staging, overwrite: true);
            if (await SqliteFileCheck.RestoreProblemAsync(staging, knownMigrations, cancellationToken) is { } problem)
                return Refuse($"{source} cannot be restored: {problem}. Nothing was changed.");
            if (!await CloseCurrentAsync(connectionString, database, cancellationToken))
                return Refuse($"The database {database} is in use by another process: stop the console (every process using this data folder) " +
                    "and run again. Nothing was changed.");
            var kept = Swap(staging, database, stamp);
            output.WriteLine(kept is null
                ? "There was no database to keep."
                : $"Kept the database as it was as {Path.GetFileName(kept)} (restore-backup that file to undo this restore).");
            output.WriteLine($"Restored {Path.GetFileName(source)} as {Path.GetFileName(database)}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"The restore failed: {ex.Message}. The database {database} is as it was unless a line above says otherwise.");
            return Failed;
        }
        finally
        {
            File.Delete(staging);
        }
        return await MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Makes sure no other process has the database open and folds its WAL into the main file, so the file kept is whole on its
    /// own. An exclusive lock (locking mode EXCLUSIVE, then BEGIN EXCLUSIVE) is refused while any other connection holds the
    /// file — a running console keeps pooled connections open — and closing the only connection after the checkpoint
    /// removes the -wal and -shm files. This process's own idle pooled connections are closed first. A database that cannot be
    /// read (damaged: the reason to restore) is kept as it is, with its side files.
    /// </summary>
    private async Task<bool> CloseCurrentAsync(string connectionString, string database, CancellationToken cancellationToken)
    {
        if (!File.Exists(database))
            return true;
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        var exclusive = new SqliteConnectionStringBuilder
        {
            DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = InUseWaitSeconds,
        };
        try
        {
            await using var connection = new SqliteConnection(exclusive.ToString());
            await connection.OpenAsync(cancellationToken);
            // One statement a command: run as one command text, a refused lock went unreported.
            foreach (var statement in new[] { "PRAGMA locking_mode = EXCLUSIVE;", "BEGIN EXCLUSIVE;", "COMMIT;", "PRAGMA wal_checkpoint(TRUNCATE);" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            return false;
        }
        catch (SqliteException ex)
        {
            output.WriteLine($"The database cannot be read ({ex.Message}); it is kept as it is.");
            return true;
        }
    }

    /// <summary>
    /// The database (with a WAL the checkpoint could not fold in, under the name SQLite looks for beside the kept file) moves to
    /// <c>&lt;name&gt;.before-restore-&lt;stamp&gt;</c>, its -shm (only an index of the WAL) is deleted, and the checked copy takes its
    /// name: nothing of the old WAL can be read into the restored file. Returns the kept file, or null when there was none.
    /// </summary>
    private static string? Swap(string staging, string database, string stamp)
    {
        string? kept = null;
        if (File.Exists(database))
        {
            kept = database + KeptInfix + stamp;
            File.Move(database, kept);
            if (File.Exists(database + "-wal"))
                File.Move(database + "-wal", kept + "-wal");
        }
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        try
        {
            File.Move(staging, database);
        }
        catch when (kept is not null)
        {
            File.Move(kept, database);
            if (File.Exists(kept + "-wal"))
                File.Move(kept + "-wal", database + "-wal");
            throw;
        }
        return kept;
    }

    /// <summary>A copy from an older version lacks later migrations: they are applied now, so the console starts on it as on any database.</summary>
    private async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            List<string> pending;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await initializer.MigrateAsync(cancellationToken);
            output.WriteLine(pending.Count == 0
                ? "The copy has every migration of this version: none applied."
                : $"Applied {pending.Count} migration(s) the copy did not have: {string.Join(", ", pending)}.");
            output.WriteLine("Done. Start the console.");
            return 0;
        }
        catch (DatabaseUnavailableException ex)
        {
            errors.WriteLine($"The copy is in place but could not be migrated: {ex.Message}");
            return Failed;
        }
    }

    private int Refuse(string message)
    {
        errors.WriteLine(message);
        return Refused;
    }
}
