using System.Diagnostics;
using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Live;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// Issue 19's two-server check: two app servers — each a host of its own (its container, Kestrel on its own loopback port,
/// Hangfire server, Data Protection, change-feed listener) — over one PostgreSQL database. A recurring job fires once per
/// occurrence; "Run now" pressed on both at once makes one run; a cookie from one is accepted by the other; a change saved on
/// one reaches a live screen's subscription on the other within 2 s; 50 concurrent designations split across both admit
/// exactly CAP-1's three. The servers run in the test process (their services are what the test presses), not two OS
/// processes; they share only the database, as two machines would. In the app-host collection: nothing else runs meanwhile,
/// so the 2-second budget measures the servers, not a busy test machine.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class TwoServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan LiveBudget = TimeSpan.FromSeconds(2);

    private string? _database;
    private TestAppFactory _serverA = null!;
    private TestAppFactory _serverB = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestPostgreSql.CreateDatabaseAsync();
        // A first (it seeds the demo data), then B, as a rolling start would.
        _serverA = Server();
        _serverA.StartOnLoopback();
        _serverB = Server();
        _serverB.StartOnLoopback();
        await _serverA.Services.GetRequiredService<PostgreSqlChangeFeed>().Listening.WaitAsync(Patience, Token);
        await _serverB.Services.GetRequiredService<PostgreSqlChangeFeed>().Listening.WaitAsync(Patience, Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverA is not null)
            await _serverA.DisposeAsync();
        if (_serverB is not null)
            await _serverB.DisposeAsync();
        if (_database is not null)
            await TestPostgreSql.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task ARecurringJob_ScheduledOnBothServers_FiresOncePerOccurrence()
    {
        // Every minute on both servers (the job expires unused temporary passwords: harmless on the demo data).
        var first = await WaitForAsync(async () => (await ScheduledRunsAsync()).FirstOrDefault());
        // Both schedulers poll every 15 s: well past one poll each, still inside the occurrence's minute.
        await Task.Delay(TimeSpan.FromSeconds(20), Token);

        var runs = await ScheduledRunsAsync();
        var sameOccurrence = runs.Where(r => r.QueuedAt - first.QueuedAt < TimeSpan.FromSeconds(50)).ToList();
        Assert.Single(sameOccurrence);
        var enqueued = HangfireJobsOf(nameof(JobRunner.RunScheduledAsync), TemporaryCredentialExpiryJob.Name);
        Assert.Equal(runs.Count, enqueued);
    }

    [Fact]
    public async Task RunNow_PressedOnBothServersAtOnce_MakesOneRun()
    {
        var operationsUser = await UserIdAsync(DemoSignIns.OperationsUnit);
        var requestsA = _serverA.Services.GetRequiredService<JobRunRequests>();
        var requestsB = _serverB.Services.GetRequiredService<JobRunRequests>();

        var pressed = await Task.WhenAll(
            Task.Run(() => requestsA.RunNowAsync(DeactivationJob.Name, operationsUser, Token), Token),
            Task.Run(() => requestsB.RunNowAsync(DeactivationJob.Name, operationsUser, Token), Token));

        Assert.Single(pressed, p => p.Created);
        Assert.Equal(pressed[0].Run.Id, pressed[1].Run.Id);
        var finished = await WaitForAsync(async () =>
        {
            await using var db = await ContextAsync(_serverB);
            return await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == pressed[0].Run.Id && r.State == JobRunState.Succeeded, Token);
        });
        await using var read = await ContextAsync(_serverA);
        Assert.Equal(1, await read.JobRuns.CountAsync(r => r.JobName == DeactivationJob.Name, Token));
        Assert.Equal(1, HangfireJobsOf(nameof(JobRunner.RunQueuedAsync), finished.Id));
    }

    [Fact]
    public async Task ACookieFromOneServer_IsAcceptedByTheOther()
    {
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var toA = new HttpClient(cookies, disposeHandler: false) { BaseAddress = _serverA.BaseAddress };
        using var toB = new HttpClient(cookies, disposeHandler: false) { BaseAddress = _serverB.BaseAddress };
        Assert.Equal(HttpStatusCode.Found, (await toB.GetAsync("/", Token)).StatusCode);

        var signIn = await SignInForm.PostAsync(toA, DemoSignIns.OperationsUnit, DemoSignIns.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // The sign-in cookie A wrote (127.0.0.1, any port) goes to B, which reads it with the keys both share.
        var onB = await toB.GetAsync("/", Token);
        // Without the cookie B sent the visitor to sign in (above); with it B serves the page: it read A's cookie.
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.DoesNotContain("Input.Password", await onB.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task AChangeSavedOnOneServer_ReachesALiveScreenOnTheOther_WithinTwoSeconds()
    {
        var reloaded = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        // What a dashboard on B does: follow areas, read again (coalesced over the App's quiet period) when one changes.
        using var screenOnB = _serverB.Services.GetRequiredService<LiveUpdates>().Follow(
            new HashSet<string> { ChangeFeed.Kinds.Area }, () => [], () => { reloaded.TrySetResult(clock.Elapsed); return Task.CompletedTask; });

        await using (var db = await ContextAsync(_serverA))
        {
            db.Areas.Add(Area.Create("Two-Server Local Area", AreaKind.LocalArea));
            clock.Start();
            await db.SaveChangesAsync(Token);
        }

        var elapsed = await reloaded.Task.WaitAsync(Patience, Token);
        Assert.True(elapsed <= LiveBudget, $"B's screen read again {elapsed.TotalMilliseconds:0} ms after A's save (budget {LiveBudget.TotalSeconds} s, quiet period included).");
    }

    [Fact]
    public async Task FiftyDesignationsForOneArea_SplitAcrossBothServers_AdmitExactlyTheCap()
    {
        var directorId = Guid.NewGuid();
        var area = Area.Create("Contested Local Area", AreaKind.LocalArea);
        area.AppointDirector(directorId, World.Contact("Contested Director"));
        await using (var db = await ContextAsync(_serverA))
        {
            db.Areas.Add(area);
            await db.SaveChangesAsync(Token);
        }
        using var start = new ManualResetEventSlim(false);

        var attempts = Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            var server = i % 2 == 0 ? _serverA : _serverB;
            using var scope = server.Services.CreateScope();
            var recorder = scope.ServiceProvider.GetRequiredService<DesignationRecorder>();
            start.Wait(Token);
            try
            {
                await recorder.RecordAdditionAsync(area.Id, Guid.NewGuid(), World.Contact($"Candidate {i}"), directorId, new DateOnly(2026, 3, 16),
                    Guid.NewGuid(), cancellationToken: Token);
                return "seated";
            }
            catch (BusinessRuleViolationException ex)
            {
                return string.Join(",", ex.Codes);
            }
        }, Token)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(3, outcomes.Count(o => o == "seated"));
        Assert.Equal(47, outcomes.Count(o => o == "CAP-1"));
        await using var read = await ContextAsync(_serverB);
        var seats = await read.Designations.Where(d => d.AreaId == area.Id && d.Status == DesignationStatus.Active).Select(d => d.SeatNumber).ToListAsync(Token);
        Assert.Equal([1, 2, 3], seats.Order());
    }

    private TestAppFactory Server() => new(settings: new Dictionary<string, string?>
    {
        ["CalJobs:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
        ["ConnectionStrings:PostgreSql"] = TestPostgreSql.ConnectionString(_database!),
        // Hangfire on the database (the default on PostgreSQL), a server on each, schedules on each.
        ["CalJobs:Jobs:Storage"] = "",
        ["CalJobs:Jobs:RunServer"] = "true",
        ["CalJobs:Jobs:RunSchedules"] = "true",
        [JobSchedule.SettingFor(TemporaryCredentialExpiryJob.Name)] = "* * * * *",
    }, realClock: true);

    private static Task<ConsoleDbContext> ContextAsync(TestAppFactory server) =>
        server.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);

    private async Task<List<JobRun>> ScheduledRunsAsync()
    {
        await using var db = await ContextAsync(_serverA);
        var runs = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == TemporaryCredentialExpiryJob.Name && r.Trigger == JobTrigger.Schedule).ToListAsync(Token);
        return runs.OrderBy(r => r.QueuedAt).ToList();
    }

    /// <summary>Hangfire's background jobs (any state) of one runner method for one argument, read from the shared storage.</summary>
    private int HangfireJobsOf(string method, object argument)
    {
        var monitoring = _serverA.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var jobs = monitoring.EnqueuedJobs("default", 0, 1000).Select(j => j.Value.Job)
            .Concat(monitoring.ProcessingJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, 1000).Select(j => j.Value.Job));
        return jobs.Count(j => j is not null && j.Method.Name == method && Equals(j.Args[0], argument));
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var scope = _serverA.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByNameAsync(userName);
        return user!.Id;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(500, Token);
        }
        throw new TimeoutException($"Nothing after {Patience.TotalSeconds} s.");
    }
}
