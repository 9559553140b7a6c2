using CalJobsConsole.App.Configuration;

namespace CalJobsConsole.App.Data.Backups;

/// <summary>
/// <c>CalJobs:Backup</c>: where the nightly <see cref="Jobs.DatabaseBackupJob"/> writes its SQLite copies and how many it keeps.
/// Checked at start (<see cref="BackupServices"/>). On PostgreSQL neither applies: the DBA's pg_dump and WAL archive are the backups.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "CalJobs:Backup";

    public const int MaxKeep = 1000;

    /// <summary>
    /// The folder of the copies; a relative path is taken from the data folder (<c>CalJobs:DataDirectory</c>). A folder on
    /// another disk (an absolute path) survives the loss of the data folder's disk.
    /// </summary>
    public string Folder { get; set; } = "backups";

    /// <summary>How many of the most recent copies are kept (1 to <see cref="MaxKeep"/>); older ones are deleted after each new copy.</summary>
    public int Keep { get; set; } = 14;

    public string ResolveFolder(DataDirectory data) => Path.GetFullPath(Path.Combine(data.Path, Folder));
}
