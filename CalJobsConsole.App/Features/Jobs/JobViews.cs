using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Jobs.Runs;

namespace CalJobsConsole.App.Features.Jobs;

/// <summary>One run as the Background jobs page shows it; times in business time.</summary>
public sealed record JobRunView(Guid Id, string JobName, string JobTitle, JobTrigger Trigger, string? RequestedBy, JobRunState State,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Done, int? Total, string? Status, string? Summary, string? Error)
{
    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    /// <summary>"3 of 10" once the job knows its total, "3 done" before.</summary>
    public string ProgressText => Total is { } total ? $"{Done} of {total}" : $"{Done} done";

    /// <summary>0–100 for the progress bar; 0 while the total is unknown (the bar is then indeterminate).</summary>
    public double Percent => Total is > 0 and var total ? Math.Min(100, 100.0 * Done / total) : 0;

    public string TriggerText => Trigger == JobTrigger.RunNow ? $"Run now by {RequestedBy ?? PeopleNames.FormerUser}" : "Schedule";

    public DateTimeOffset LastEventAt => FinishedAt ?? StartedAt ?? QueuedAt;
}

/// <summary>A job with its schedule as configured, Hangfire's next run of it (null when unknown), and its latest run.</summary>
public sealed record JobView(string Name, string Title, string Description, string Cron, DateTimeOffset? NextRunAt, JobRunView? LastRun);

/// <summary>What Run now did: the new run, or the one already queued or running (<see cref="Created"/> false).</summary>
public sealed record JobRunStarted(JobRunView Run, bool Created);

public sealed record JobsOverview(IReadOnlyList<JobView> Jobs, IReadOnlyList<JobRunView> History)
{
    public bool AnyActive => Jobs.Any(j => j.LastRun is { IsActive: true });
}
