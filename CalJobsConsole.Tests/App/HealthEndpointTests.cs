using System.Net;
using CalJobsConsole.App.Health;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// /health/live and /health/ready (issue 19): anonymous, the status word only; ready is 200 while the database answers with every
/// migration applied, and 503 once the database is gone.
/// </summary>
public class HealthEndpointTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_OnPostgreSql_Is200WhileTheDatabaseAnswersAnd503OnceItIsGone()
    {
        TestPostgreSql.RequireServer();
        var name = await TestPostgreSql.CreateDatabaseAsync(migrated: false);
        try
        {
            await using var factory = new TestAppFactory("Production", new Dictionary<string, string?>
            {
                ["CalJobs:Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:PostgreSql"] = TestPostgreSql.ConnectionString(name),
            });
            using var client = factory.CreateClient();

            var ready = await client.GetAsync(HealthEndpoints.ReadyPath, Token);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Token));

            await TestPostgreSql.DropDatabaseAsync(name);
            var gone = await client.GetAsync(HealthEndpoints.ReadyPath, Token);
            var live = await client.GetAsync(HealthEndpoints.LivePath, Token);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
            // Nothing about the reason for an anonymous caller: no server, database or exception text.
            Assert.Equal("Unhealthy", await gone.Content.ReadAsStringAsync(Token));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("no-store", gone.Headers.CacheControl?.ToString());
        }
        finally
        {
            await TestPostgreSql.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task LiveAndReady_OnSqlite_AnswerAnonymouslyWithTheStatusWordOnly()
    {
        await using var factory = new TestAppFactory("Production");
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var live = await client.GetAsync(HealthEndpoints.LivePath, Token);
        var ready = await client.GetAsync(HealthEndpoints.ReadyPath, Token);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync(Token)));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync(Token)));
    }

    [Fact]
    public async Task JobServerCheck_WhereThisNodeRunsAServer_IsUnhealthyUntilAServerBeatsItsHeart()
    {
        var storage = new InMemoryStorage();
        var check = new JobServerHeartbeatCheck(Options.Create(new JobsOptions { RunServer = true }), storage, TimeProvider.System,
            NullLogger<JobServerHeartbeatCheck>.Instance);

        var before = await check.CheckHealthAsync(new HealthCheckContext(), Token);
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1 }, storage))
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            HealthCheckResult during;
            do
            {
                during = await check.CheckHealthAsync(new HealthCheckContext(), Token);
                if (during.Status == HealthStatus.Healthy)
                    break;
                await Task.Delay(100, Token);
            } while (DateTime.UtcNow < deadline);

            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Equal(HealthStatus.Healthy, during.Status);
        }
    }
}
