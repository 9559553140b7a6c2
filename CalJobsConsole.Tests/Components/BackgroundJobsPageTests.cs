using Bunit;
using CalJobsConsole.App.Features.Jobs;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Components;

/// <summary>The Background jobs page: progress "n of m" while a run is active, Run now, and only for the Operations Unit.</summary>
public class BackgroundJobsPageTests : ComponentTestContext
{
    private readonly InMemoryStorage storage = new();
    private StoredWorld stored = null!;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        stored = await StoredWorld.CreateAsync(Database);
    }

    private void SignIn(Guid userId)
    {
        SignInAs(userId);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<JobStorage>(storage);
        Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage));
        Services.AddSingleton(new JobCatalogue(JobSchedule.Jobs));
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton<IRecurringJobManager>(new RecurringJobManager(storage));
        Services.AddSingleton<JobSchedule>();
        Services.AddTransient<JobRunRequests>();
        Services.AddScoped<BackgroundJobsService>();
    }

    [Fact]
    public async Task Render_WhileARunIsRunning_ShowsItsProgressNOfMAndDisablesOnlyItsRunNow()
    {
        SignIn(stored.OperationsUnitUserId);
        await RunningAsync(DeactivationJob.Name, done: 3, total: 10, "Carrying out scheduled deactivations");

        var page = Render<BackgroundJobsPage>();

        page.WaitForAssertion(() => Assert.Contains("Running: 3 of 10 — Carrying out scheduled deactivations",
            page.Find($"#job-{DeactivationJob.Name}-progress").TextContent));
        var bar = page.Find($"#job-{DeactivationJob.Name} [role=progressbar]");
        Assert.Equal("Deactivations progress", bar.GetAttribute("aria-label"));
        Assert.Equal("30", bar.GetAttribute("aria-valuenow"));
        Assert.True(RunNowButton(page, "Deactivations").HasAttribute("disabled"));
        Assert.False(RunNowButton(page, "Renewal reminders").HasAttribute("disabled"));
        Assert.Contains("15 0 * * *", page.Find($"#job-{DeactivationJob.Name}").TextContent);
    }

    [Fact]
    public void RunNow_WhenPressed_QueuesOneRunOnHangfireAndShowsItQueued()
    {
        SignIn(stored.OperationsUnitUserId);
        var page = Render<BackgroundJobsPage>();
        page.WaitForAssertion(() => RunNowButton(page, "Renewal reminders"));

        RunNowButton(page, "Renewal reminders").Click();

        page.WaitForAssertion(() => Assert.Contains("Queued: 0 done", page.Find($"#job-{RenewalReminderJob.Name}-progress").TextContent));
        Assert.Contains("run queued", page.Find("#jobs-message").TextContent);
        Assert.Equal(1, storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public async Task Render_ForARequestor_RefusesWithSco1AndOffersNoRunNow()
    {
        SignIn(stored.RequestorId);

        var page = Render<BackgroundJobsPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Run now"));
        var refused = await Services.GetRequiredService<BackgroundJobsService>().RunNowAsync(RenewalReminderJob.Name, Token);
        Assert.Equal(RuleCode.Sco1, Assert.Single(refused.BrokenRules).Rule);
        await using var db = Database.CreateDbContext();
        Assert.Empty(await db.JobRuns.ToListAsync(Token));
        Assert.Equal(0, storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    private static AngleSharp.Dom.IElement RunNowButton(IRenderedComponent<BackgroundJobsPage> page, string title) =>
        page.FindAll("button").Single(b => b.GetAttribute("aria-label") == $"Run now: {title}");

    private async Task RunningAsync(string jobName, int done, int total, string status)
    {
        var (run, _) = await Services.GetRequiredService<JobRunRequests>().OpenAsync(jobName, JobTrigger.Schedule, null, Token);
        await using var db = Database.CreateDbContext();
        await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, JobRunState.Running).SetProperty(r => r.HeartbeatAt, Clock.UtcNow)
            .SetProperty(r => r.Done, done).SetProperty(r => r.Total, total).SetProperty(r => r.Status, status), Token);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        storage.Dispose();
    }
}
