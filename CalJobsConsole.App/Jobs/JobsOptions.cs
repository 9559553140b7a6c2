namespace CalJobsConsole.App.Jobs;

/// <summary>
/// The <c>CalJobs:Jobs</c> settings: where Hangfire keeps its state and whether this host runs the job server.
/// Each job's cron schedule is <c>CalJobs:Jobs:&lt;JobName&gt;:Cron</c>, read by <see cref="JobSchedule"/>.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "CalJobs:Jobs";

    /// <summary>
    /// Empty (the default): the database's engine — "SQLite" (the file <c>hangfire.db</c> in the data folder) with the SQLite
    /// provider, "PostgreSql" (the <c>hangfire</c> schema of the console's database) with PostgreSQL. "InMemory": test hosts,
    /// nothing survives the host.
    /// </summary>
    public string? Storage { get; set; }

    /// <summary>The storage <paramref name="storage"/> names, or the one that goes with the database's engine when empty.</summary>
    public static string EffectiveStorage(string? storage, Data.DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(storage) ? provider == Data.DatabaseProvider.PostgreSql ? "PostgreSql" : "SQLite" : storage;

    /// <summary>False: the schedule is recorded and the dashboard works, but this host runs no job (test hosts over demo data).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// False: this host's server runs queued jobs ("Run now", the dashboard's "Trigger now") but the schedules do not fire
    /// here (a lightweight Hangfire server: workers only). The browser tests' host, where "Run now" must really run while
    /// nothing scheduled touches the demo data behind a test's back.
    /// </summary>
    public bool RunSchedules { get; set; } = true;
}
