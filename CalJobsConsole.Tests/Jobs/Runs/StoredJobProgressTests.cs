using CalJobsConsole.App.Jobs.Runs;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Jobs.Runs;

/// <summary>A job may report every item: the database gets the first report, every 5% of the total, one per 250 ms at most otherwise, and the last.</summary>
public class StoredJobProgressTests : JobRunTestBase
{
    [Fact]
    public async Task ReportAsync_EveryItemOfAThousandInAnInstant_WritesAboutTwentyTimesAndTheLastReport()
    {
        var run = await RunningAsync();
        var progress = new StoredJobProgress(Database, run.Id, Clock.Business, Clock.Time);

        for (var i = 0; i <= 1000; i++)
            await progress.ReportAsync(i, 1000, cancellationToken: Token);

        Assert.InRange(progress.Writes, 20, 22); // the first, each 50 items (5%), none more: the clock did not move
        var stored = await RunAsync(run.Id);
        Assert.Equal((1000, (int?)1000), (stored.Done, stored.Total));
    }

    [Fact]
    public async Task ReportAsync_WithinAStep_WritesOnlyOnce250msHavePassed()
    {
        var run = await RunningAsync();
        var progress = new StoredJobProgress(Database, run.Id, Clock.Business, Clock.Time);
        await progress.ReportAsync(1, 1000, cancellationToken: Token);

        await progress.ReportAsync(2, 1000, cancellationToken: Token);
        var before = (await RunAsync(run.Id)).Done;
        Clock.Advance(StoredJobProgress.MinInterval);
        await progress.ReportAsync(3, 1000, cancellationToken: Token);

        Assert.Equal(1, before);
        Assert.Equal(3, (await RunAsync(run.Id)).Done);
        Assert.Equal(2, progress.Writes);
    }

    [Fact]
    public async Task ReportAsync_WithAnUnknownTotal_StoresDoneAndANullTotal()
    {
        var run = await RunningAsync();
        var progress = new StoredJobProgress(Database, run.Id, Clock.Business, Clock.Time);

        await progress.ReportAsync(7, null, "counting", Token);

        var stored = await RunAsync(run.Id);
        Assert.Equal((7, (int?)null, "counting"), (stored.Done, stored.Total, stored.Status));
    }

    private async Task<JobRun> RunningAsync()
    {
        var (run, _) = await Requests().OpenAsync(JobName, JobTrigger.RunNow, Guid.NewGuid(), Token);
        // Claimed as the runner claims it, with nothing running: the test reports itself.
        await using var db = Database.CreateDbContext();
        await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, JobRunState.Running), Token);
        return run;
    }
}
