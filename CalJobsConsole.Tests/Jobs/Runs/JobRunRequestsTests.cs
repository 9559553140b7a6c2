using CalJobsConsole.App.Data;
using CalJobsConsole.App.Jobs.Runs;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Jobs.Runs;

/// <summary>"A 'run now' pressed twice: one run" — one Queued or Running run per job, held by the database, and a dead run does not block.</summary>
public class JobRunRequestsTests : JobRunTestBase
{
    [Fact]
    public async Task RunNowAsync_PressedTwice_OneRunAndOneHangfireJobWhoseArgumentIsTheRunId()
    {
        var (first, firstCreated) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);
        var (second, secondCreated) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        Assert.True(firstCreated);
        Assert.False(secondCreated);
        Assert.Equal(first.Id, second.Id);
        var run = Assert.Single(await RunsAsync());
        Assert.Equal((JobTrigger.RunNow, JobRunState.Queued), (run.Trigger, run.State));
        Assert.Equal(1, EnqueuedJobs());
        var queued = Assert.Single(Storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10)).Value.Job;
        Assert.Equal((nameof(JobRunner), nameof(JobRunner.RunQueuedAsync), (object)run.Id), (queued.Type.Name, queued.Method.Name, queued.Args[0]));
        Assert.Equal(Assert.Single(Storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10)).Key, run.BackgroundJobId);
    }

    [Fact]
    public async Task RunNowAsync_PressedEightTimesAtOnce_OneRunAndOneHangfireJob()
    {
        var presses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Requests().RunNowAsync(JobName, Guid.NewGuid(), Token), Token)));

        Assert.Single(presses, p => p.Created);
        Assert.Single(presses.Select(p => p.Run.Id).Distinct());
        Assert.Single(await RunsAsync());
        Assert.Equal(1, EnqueuedJobs());
    }

    [Fact]
    public async Task RunNowAsync_AfterTheRunFinished_StartsANewRun()
    {
        var (first, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);
        await Runner().ExecuteAsync(first.Id, Token);

        var (second, created) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        Assert.True(created);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, EnqueuedJobs());
    }

    [Fact]
    public async Task Database_ASecondActiveRunOfTheSameJob_IsRefusedByTheUniqueIndex()
    {
        await using var db = Database.CreateDbContext();
        db.JobRuns.Add(JobRun.Queue(JobName, JobTrigger.Schedule, null, Clock.UtcNow));
        await db.SaveChangesAsync(Token);
        db.JobRuns.Add(JobRun.Queue(JobName, JobTrigger.RunNow, Guid.NewGuid(), Clock.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));

        Assert.True(DatabaseConstraint.IsUniqueViolation(refused));
    }

    [Fact]
    public async Task RunNowAsync_WhenTheRunningRunsServerWentSilent_AbandonsItAndStartsANewRun()
    {
        var (stuck, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);
        await ClaimAsync(stuck.Id); // a server took it, then crashed: no heartbeat any more
        Clock.Advance(JobRunner.StaleAfter + TimeSpan.FromSeconds(1));

        var (fresh, created) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        Assert.True(created);
        var abandoned = await RunAsync(stuck.Id);
        Assert.Equal(JobRunState.Failed, abandoned.State);
        Assert.StartsWith("Abandoned", abandoned.Error);
        Assert.Equal(JobRunState.Queued, (await RunAsync(fresh.Id)).State);
    }

    [Fact]
    public async Task RunNowAsync_WhileTheRunningRunStillHasAHeartbeat_ReturnsIt()
    {
        var (running, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);
        await ClaimAsync(running.Id);
        Clock.Advance(JobRunner.StaleAfter - TimeSpan.FromSeconds(1));

        var (again, created) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        Assert.False(created);
        Assert.Equal(running.Id, again.Id);
        Assert.Equal(JobRunState.Running, (await RunAsync(running.Id)).State);
    }

    [Fact]
    public async Task RunNowAsync_WhenAQueuedRunWasNeverPickedUp_AbandonsItAfterItsTimeout()
    {
        var (lost, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);
        Clock.Advance(JobRunRequests.QueuedStaleAfter + TimeSpan.FromSeconds(1));

        var (_, created) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        Assert.True(created);
        Assert.Equal(JobRunState.Failed, (await RunAsync(lost.Id)).State);
        // Should the lost Hangfire job turn up after all, it finds its run no longer queued and does nothing.
        Assert.False((await Runner().ExecuteAsync(lost.Id, Token)).Claimed);
    }

    private async Task ClaimAsync(Guid runId)
    {
        var now = Clock.UtcNow;
        await using var db = Database.CreateDbContext();
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, JobRunState.Running).SetProperty(r => r.StartedAt, now).SetProperty(r => r.HeartbeatAt, now), Token);
    }
}
