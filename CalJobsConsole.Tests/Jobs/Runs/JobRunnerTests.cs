using CalJobsConsole.App.Jobs.Runs;

namespace CalJobsConsole.Tests.Jobs.Runs;

/// <summary>Every run goes through the runner: it is recorded, its progress stored, and it ends Succeeded with the summary or Failed with the error.</summary>
public class JobRunnerTests : JobRunTestBase
{
    [Fact]
    public async Task ExecuteAsync_WhenTheJobSucceeds_RecordsSucceededWithTheSummaryAndTheLastProgress()
    {
        var (run, _) = await Requests().OpenAsync(JobName, JobTrigger.RunNow, Guid.NewGuid(), Token);

        var outcome = await Runner().ExecuteAsync(run.Id, Token);

        Assert.Equal(JobRunState.Succeeded, outcome.State);
        var stored = await RunAsync(run.Id);
        Assert.Equal(JobRunState.Succeeded, stored.State);
        Assert.Equal("10 items done.", stored.Summary);
        Assert.Null(stored.Error);
        Assert.Equal((10, 10, "item 10"), (stored.Done, stored.Total, stored.Status));
        Assert.Equal(Clock.UtcNow, stored.StartedAt);
        Assert.Equal(Clock.UtcNow, stored.FinishedAt);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheJobThrows_RecordsFailedWithTheErrorAndTheProgressSoFar()
    {
        Body = async (progress, ct) =>
        {
            await progress.ReportAsync(3, 10, null, ct);
            throw new InvalidOperationException("The mail relay refused the message.");
        };
        var (run, _) = await Requests().OpenAsync(JobName, JobTrigger.RunNow, Guid.NewGuid(), Token);

        var outcome = await Runner().ExecuteAsync(run.Id, Token);

        Assert.IsType<InvalidOperationException>(outcome.Failure);
        var stored = await RunAsync(run.Id);
        Assert.Equal(JobRunState.Failed, stored.State);
        Assert.Equal("InvalidOperationException: The mail relay refused the message.", stored.Error);
        Assert.Null(stored.Summary);
        Assert.Equal((3, 10), (stored.Done, stored.Total));
        Assert.NotNull(stored.FinishedAt);
    }

    [Fact]
    public async Task RunScheduledAsync_WhenTheJobThrows_RecordsAScheduledFailedRunAndRethrowsForHangfire()
    {
        Body = (_, _) => throw new TimeoutException("database busy");

        await Assert.ThrowsAsync<TimeoutException>(() => Runner().RunScheduledAsync(JobName, Token));

        var run = Assert.Single(await RunsAsync());
        Assert.Equal((JobTrigger.Schedule, (Guid?)null, JobRunState.Failed), (run.Trigger, run.RequestedBy, run.State));
        Assert.Equal("TimeoutException: database busy", run.Error);
    }

    [Fact]
    public async Task RunQueuedAsync_WhenTheJobThrows_RecordsFailedAndRethrowsSoTheDashboardShowsIt()
    {
        Body = (_, _) => throw new InvalidOperationException("no relay");
        var (run, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Runner().RunQueuedAsync(run.Id, Token));

        var stored = await RunAsync(run.Id);
        Assert.Equal((JobRunState.Failed, "InvalidOperationException: no relay"), (stored.State, stored.Error));
        var retry = typeof(JobRunner).GetMethod(nameof(JobRunner.RunQueuedAsync))!.GetCustomAttributes(typeof(Hangfire.AutomaticRetryAttribute), false);
        Assert.Equal(0, Assert.IsType<Hangfire.AutomaticRetryAttribute>(Assert.Single(retry)).Attempts);
    }

    [Fact]
    public async Task RunScheduledAsync_WhileARunNowIsActive_StartsNoSecondRun()
    {
        var (active, _) = await Requests().RunNowAsync(JobName, Guid.NewGuid(), Token);

        await Runner().RunScheduledAsync(JobName, Token);

        var run = Assert.Single(await RunsAsync());
        Assert.Equal((active.Id, JobRunState.Queued), (run.Id, run.State));
    }

    [Fact]
    public async Task ExecuteAsync_WhileTheJobRuns_TheRowShowsRunningWithTheProgressReported()
    {
        var reported = new TaskCompletionSource();
        var proceed = new TaskCompletionSource();
        Body = async (progress, ct) =>
        {
            await progress.ReportAsync(0, 10, "starting", ct);
            await progress.ReportAsync(3, 10, "third account", ct);
            reported.SetResult();
            await proceed.Task.WaitAsync(ct);
            return "done";
        };
        var (run, _) = await Requests().OpenAsync(JobName, JobTrigger.RunNow, Guid.NewGuid(), Token);

        var running = Runner().ExecuteAsync(run.Id, Token);
        await reported.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
        var midway = await RunAsync(run.Id);
        proceed.SetResult();
        await running;

        Assert.Equal((JobRunState.Running, 3, (int?)10, "third account"), (midway.State, midway.Done, midway.Total, midway.Status));
        Assert.Equal(JobRunState.Succeeded, (await RunAsync(run.Id)).State);
    }

    [Fact]
    public async Task ExecuteAsync_ARunNoLongerQueued_IsNotRunAgain()
    {
        var calls = 0;
        Body = (_, _) => Task.FromResult($"call {++calls}");
        var (run, _) = await Requests().OpenAsync(JobName, JobTrigger.RunNow, Guid.NewGuid(), Token);

        await Runner().ExecuteAsync(run.Id, Token);
        var again = await Runner().ExecuteAsync(run.Id, Token);

        Assert.False(again.Claimed);
        Assert.Equal(1, calls);
        Assert.Equal("call 1", (await RunAsync(run.Id)).Summary);
    }
}
