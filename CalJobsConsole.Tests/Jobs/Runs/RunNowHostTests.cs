using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Jobs.Runs;

/// <summary>
/// "Run now" through Hangfire for real: the App's own worker (a lightweight server, <c>RunSchedules=false</c>, as the
/// browser tests' host runs it) picks up the queued run by its id and the runner records it Succeeded.
/// </summary>
[Collection(AppHostCollection.Name)]
public class RunNowHostTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunNowAsync_OnAHostRunningQueuedJobsOnly_TheWorkerRunsItToSucceeded()
    {
        await using var app = new TestAppFactory(settings: new Dictionary<string, string?>
        {
            ["CalJobs:Jobs:RunServer"] = "true",
            ["CalJobs:Jobs:RunSchedules"] = "false",
        });
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        Guid operations;
        await using (var db = await contexts.CreateDbContextAsync(Token))
            operations = await db.Users.Where(u => u.UserName == DemoSignIns.OperationsUnit).Select(u => u.Id).SingleAsync(Token);

        var (run, created) = await app.Services.GetRequiredService<JobRunRequests>().RunNowAsync(TemporaryCredentialExpiryJob.Name, operations, Token);

        Assert.True(created);
        var finished = await WaitUntilFinishedAsync(contexts, run.Id);
        Assert.Equal(JobRunState.Succeeded, finished.State);
        Assert.Matches(@"^\d+ temporary password\(s\) expired\.$", finished.Summary);
        Assert.Equal(operations, finished.RequestedBy);
        Assert.Equal(finished.Total, finished.Done);
        // The schedules are registered (the page shows them) but this host's server fires none.
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Equal(JobSchedule.Jobs.Count(j => j.IsScheduled), connection.GetRecurringJobs().Count);
        Assert.Single(await RunsAsync(contexts));
    }

    private static async Task<JobRun> WaitUntilFinishedAsync(IDbContextFactory<ConsoleDbContext> contexts, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var run = (await RunsAsync(contexts)).Single(r => r.Id == runId);
            if (!run.IsActive || DateTime.UtcNow > deadline)
                return run;
            await Task.Delay(200, Token);
        }
    }

    private static async Task<List<JobRun>> RunsAsync(IDbContextFactory<ConsoleDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(Token);
        return await db.JobRuns.AsNoTracking().ToListAsync(Token);
    }
}
