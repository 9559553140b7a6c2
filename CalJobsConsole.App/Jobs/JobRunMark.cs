namespace CalJobsConsole.App.Jobs;

/// <summary>
/// A unique key a job writes once for something it must do at most once (e.g. one late-deactivation report per account
/// and day): the primary key refuses a second row, so a rerun or a second server skips what is marked.
/// </summary>
public sealed class JobRunMark
{
    private JobRunMark()
    {
    }

    public string Key { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public static JobRunMark Create(string key, DateTimeOffset at) => new() { Key = key, At = at };
}
