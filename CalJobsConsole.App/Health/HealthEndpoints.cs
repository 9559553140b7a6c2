using CalJobsConsole.App.Data;
using CalJobsConsole.App.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Health;

/// <summary>
/// Health for load balancers and orchestrators (issue 19), with the framework's health checks. <c>/health/live</c>: the process
/// answers (no check runs). <c>/health/ready</c>: the database answers and has no pending migration, and, where this node runs
/// a job server, a job server has beaten its heart within the last two minutes. Anonymous; the answer is only the word
/// Healthy or Unhealthy with 200 or 503 — the reasons go to the log, never to the caller.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IServiceCollection AddConsoleHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [Ready])
            .AddCheck<JobServerHeartbeatCheck>("job-server", tags: [Ready]);
        return services;
    }

    public static void MapConsoleHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteStatusAsync })
            .AllowAnonymous();
    }

    /// <summary>The status word only: no check names, reasons or timings for an anonymous caller.</summary>
    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "Healthy" : "Unhealthy");
    }
}

/// <summary>Ready when the database answers and every migration of its provider is applied.</summary>
public sealed class DatabaseReadyCheck(IDbContextFactory<ConsoleDbContext> contexts, ILogger<DatabaseReadyCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return Unhealthy("the database does not answer");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0 ? HealthCheckResult.Healthy() : Unhealthy($"{pending} migration(s) not applied");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Unhealthy(ex.GetType().Name + ": " + ex.Message);
        }
    }

    private HealthCheckResult Unhealthy(string reason)
    {
        logger.LogWarning("Not ready: {Reason}.", reason);
        return HealthCheckResult.Unhealthy(reason);
    }
}

/// <summary>
/// Where this node runs a job server (<c>CalJobs:Jobs:RunServer</c>), ready once a job server has beaten its heart within the last
/// two minutes in the shared job storage; a node without one has nothing to wait for.
/// </summary>
public sealed class JobServerHeartbeatCheck(IOptions<JobsOptions> jobs, JobStorage storage, TimeProvider time, ILogger<JobServerHeartbeatCheck> logger)
    : IHealthCheck
{
    public static readonly TimeSpan MaximumSilence = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!jobs.Value.RunServer)
            return Task.FromResult(HealthCheckResult.Healthy("this node runs no job server"));
        var now = time.GetUtcNow().UtcDateTime;
        var beating = storage.GetMonitoringApi().Servers().Any(s => s.Heartbeat is { } beat && now - beat < MaximumSilence);
        if (beating)
            return Task.FromResult(HealthCheckResult.Healthy());
        logger.LogWarning("Not ready: no job server has beaten its heart within {Minutes} minutes.", MaximumSilence.TotalMinutes);
        return Task.FromResult(HealthCheckResult.Unhealthy("no job server heartbeat"));
    }
}
