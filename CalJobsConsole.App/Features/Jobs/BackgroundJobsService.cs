using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Jobs;

/// <summary>
/// The Operations Unit's Background jobs page: every job with its schedule, next and last run and progress, the recent
/// runs, and "Run now" — one run per job at a time, whoever presses and however often (<see cref="JobRunRequests"/>).
/// The Operations Unit is checked in the database on every call; Run now is its act (<see cref="ActOutcome"/>).
/// </summary>
public sealed class BackgroundJobsService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, JobRunRequests requests,
    JobSchedule schedule, JobCatalogue catalogue, JobStorage storage, BusinessClock clock)
{
    public const int HistorySize = 20;

    public async Task<JobsOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await requests.AbandonStaleAsync(cancellationToken: cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.QueuedAt).Take(HistorySize).ToListAsync(cancellationToken);
        var latest = new List<JobRun>();
        foreach (var job in catalogue.All)
        {
            if (await db.JobRuns.AsNoTracking().Where(r => r.JobName == job.Name).OrderByDescending(r => r.QueuedAt).FirstOrDefaultAsync(cancellationToken) is { } run)
                latest.Add(run);
        }
        var names = await db.NamesAsync(history.Concat(latest).Select(r => r.RequestedBy), cancellationToken);
        var nextRuns = NextRuns();
        return new JobsOverview(
            catalogue.All.Select(job => new JobView(job.Name, job.Title, job.Description, schedule.CronFor(job.Name), nextRuns.GetValueOrDefault(job.Name),
                latest.FirstOrDefault(r => r.JobName == job.Name) is { } run ? View(run, names) : null)).ToList(),
            history.Select(r => View(r, names)).ToList());
    }

    /// <summary>
    /// The Operations Unit's Run now: the new run, or the one already queued or running (<see cref="JobRunStarted.Created"/>
    /// false). Anyone else is refused with SCO-1 before anything is queued.
    /// </summary>
    public Task<ActOutcome<JobRunStarted>> RunNowAsync(string jobName, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            if (catalogue.Find(jobName) is null)
                throw new InvalidInputException("JobName", $"no job is named {jobName}.");
            var (run, created) = await requests.RunNowAsync(jobName, scope.UserId, cancellationToken);
            return new JobRunStarted(View(run, new PeopleNames(new Dictionary<Guid, string> { [scope.UserId] = scope.FullName })), created);
        });

    private Dictionary<string, DateTimeOffset> NextRuns()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs(catalogue.All.Select(j => j.Name).ToList())
            .Where(j => j.NextExecution is not null)
            .ToDictionary(j => j.Id, j => clock.ToBusinessTime(new DateTimeOffset(DateTime.SpecifyKind(j.NextExecution!.Value, DateTimeKind.Utc))));
    }

    private JobRunView View(JobRun run, PeopleNames names) =>
        new(run.Id, run.JobName, catalogue.Find(run.JobName)?.Title ?? run.JobName, run.Trigger, names.Of(run.RequestedBy), run.State,
            clock.ToBusinessTime(run.QueuedAt), Business(run.StartedAt), Business(run.FinishedAt), run.Done, run.Total, run.Status, run.Summary, run.Error);

    private DateTimeOffset? Business(DateTimeOffset? instant) => instant is { } i ? clock.ToBusinessTime(i) : null;
}
