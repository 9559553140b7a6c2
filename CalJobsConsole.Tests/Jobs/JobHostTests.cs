using System.Net;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>One App host over the demo data: the schedule as Hangfire stored it, and the dashboard's doors.</summary>
public sealed class JobHost : IAsyncLifetime
{
    public TestAppFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = Factory.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

[Collection(AppHostCollection.Name)]
public class JobHostTests(JobHost host) : IClassFixture<JobHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Start_RegistersEveryRecurringJobWithItsCronInTheHostsOwnStorage()
    {
        using var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => (j.Cron, j.TimeZoneId, j.Job.Type.Name, j.Job.Method.Name, (string)j.Job.Args[0]));

        // Every schedule runs through the runner, which records the run like a "Run now".
        var run = (nameof(JobRunner), nameof(JobRunner.RunScheduledAsync));
        Assert.Equal(new Dictionary<string, (string, string, string, string, string)>
        {
            [TemporaryCredentialExpiryJob.Name] = ("5 * * * *", "America/Los_Angeles", run.Item1, run.Item2, TemporaryCredentialExpiryJob.Name),
            [DeactivationJob.Name] = ("15 0 * * *", "America/Los_Angeles", run.Item1, run.Item2, DeactivationJob.Name),
            [OverdueRenewalSuspensionJob.Name] = ("5 0 * * *", "America/Los_Angeles", run.Item1, run.Item2, OverdueRenewalSuspensionJob.Name),
            [RenewalReminderJob.Name] = ("0 6 * * *", "America/Los_Angeles", run.Item1, run.Item2, RenewalReminderJob.Name),
            [MonitoringSampleJob.Name] = ("0 2 1 1,4,7,10 *", "America/Los_Angeles", run.Item1, run.Item2, MonitoringSampleJob.Name),
            [NotificationEmailRetryJob.Name] = ("*/5 * * * *", "America/Los_Angeles", run.Item1, run.Item2, NotificationEmailRetryJob.Name),
            [DatabaseBackupJob.Name] = ("30 3 * * *", "America/Los_Angeles", run.Item1, run.Item2, DatabaseBackupJob.Name),
        }, jobs);
        Assert.IsType<InMemoryStorage>(host.Factory.Services.GetRequiredService<JobStorage>());
    }

    [Fact]
    public async Task Dashboard_WhenNobodyIsSignedIn_RedirectsToSignIn()
    {
        using var client = NewClient();

        var response = await client.GetAsync(JobServices.DashboardPath, Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString.Replace("http://localhost", ""));
    }

    public static TheoryData<string> OtherRoles() =>
        [.. DemoSignIns.All.Where(u => u != DemoSignIns.OperationsUnit)];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Dashboard_ForEachRoleOutsideTheOperationsUnit_Answers403(string username)
    {
        using var client = await SignedInClientAsync(username);

        var response = await client.GetAsync(JobServices.DashboardPath, Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForTheOperationsUnit_ShowsTheRecurringJobs()
    {
        using var client = await SignedInClientAsync(DemoSignIns.OperationsUnit);

        var response = await client.GetAsync(JobServices.DashboardPath + "/recurring", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Token);
        Assert.Contains(TemporaryCredentialExpiryJob.Name, page);
        Assert.Contains(DeactivationJob.Name, page);
    }

    private HttpClient NewClient() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInClientAsync(string username)
    {
        var client = NewClient();
        var signIn = await SignInForm.PostAsync(client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}
