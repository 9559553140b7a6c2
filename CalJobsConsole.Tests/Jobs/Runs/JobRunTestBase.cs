using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Jobs.Runs;

/// <summary>
/// The runner and the run requests over a real SQLite test database, a fake clock and Hangfire's in-memory storage (no
/// server: the test runs what is queued itself), with jobs the test defines.
/// </summary>
public abstract class JobRunTestBase : IAsyncLifetime
{
    protected const string JobName = "Test";

    protected TestDatabase Database { get; private set; } = null!;

    protected TestClock Clock { get; } = new(World.StartDate);

    protected InMemoryStorage Storage { get; } = new();

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>What the test job does; by default it reports 10 items one by one and succeeds.</summary>
    protected Func<IJobProgress, CancellationToken, Task<string>> Body { get; set; } = async (progress, ct) =>
    {
        for (var i = 1; i <= 10; i++)
            await progress.ReportAsync(i, 10, $"item {i}", ct);
        return "10 items done.";
    };

    public virtual async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public virtual async ValueTask DisposeAsync()
    {
        Storage.Dispose();
        await Database.DisposeAsync();
    }

    protected JobCatalogue Catalogue => new([new JobDefinition(JobName, "Test job", "A job of the test's own.", "0 0 * * *", (_, progress, ct) => Body(progress, ct))]);

    protected JobRunRequests Requests() =>
        new(Database, new BackgroundJobClient(Storage), Clock.Business, NullLogger<JobRunRequests>.Instance);

    protected JobRunner Runner() =>
        new(Database, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), Requests(), Clock.Business, Clock.Time,
            Catalogue, NullLogger<JobRunner>.Instance);

    protected async Task<List<JobRun>> RunsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.JobRuns.AsNoTracking().ToListAsync(Token);
    }

    protected async Task<JobRun> RunAsync(Guid id) => (await RunsAsync()).Single(r => r.Id == id);

    protected long EnqueuedJobs() => Storage.GetMonitoringApi().EnqueuedCount("default");
}
