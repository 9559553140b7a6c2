namespace CalJobsConsole.App.Jobs.Runs;

/// <summary>What started a run: the job's schedule (Hangfire's recurring job) or a person's "Run now".</summary>
public enum JobTrigger
{
    Schedule,
    RunNow,
}

/// <summary>
/// Queued and Running are the active states: at most one run of a job is in them at a time, held by a filtered unique
/// index (<see cref="JobRunConfiguration"/>). Succeeded and Failed are final.
/// </summary>
public enum JobRunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One run of a background job, scheduled or run now: who asked, when it was queued, started and finished, how far it
/// has got (<see cref="Done"/> of <see cref="Total"/>), and its summary or error. Only <see cref="JobRunner"/> and
/// <see cref="JobRunRequests"/> change it, each change a conditional update on its state, so two servers never both
/// claim, finish or abandon the same run.
/// </summary>
public sealed class JobRun
{
    public const int StatusLength = 200;
    public const int SummaryLength = 500;
    public const int ErrorLength = 4000;

    private JobRun()
    {
    }

    public Guid Id { get; private set; }

    public string JobName { get; private set; } = "";

    public JobTrigger Trigger { get; private set; }

    /// <summary>The console user who pressed "Run now"; null for a scheduled run.</summary>
    public Guid? RequestedBy { get; private set; }

    public JobRunState State { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The last sign of life from the server running it (progress or the runner's heartbeat); a run silent for
    /// longer than <see cref="JobRunner.StaleAfter"/> is taken for dead and no longer blocks a new run.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

    public int Done { get; private set; }

    /// <summary>How many items the job has in all; null until the job knows.</summary>
    public int? Total { get; private set; }

    public string? Status { get; private set; }

    public string? Summary { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Hangfire's id of the background job carrying a "Run now" (for the dashboard); null for a scheduled run.</summary>
    public string? BackgroundJobId { get; private set; }

    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    public static JobRun Queue(string jobName, JobTrigger trigger, Guid? requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        JobName = jobName,
        Trigger = trigger,
        RequestedBy = requestedBy,
        State = JobRunState.Queued,
        QueuedAt = now,
    };

    public static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
