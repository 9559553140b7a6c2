using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Jobs.Runs;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Jobs;

public static class JobServices
{
    public const string StorageFileName = "hangfire.db";
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire over the host's own storage (<c>hangfire.db</c> in the data folder, or in memory), the job classes, the
    /// runner that records every run, the schedule registered at start and one server (unless <c>CalJobs:Jobs:RunServer</c>
    /// is false; with <c>CalJobs:Jobs:RunSchedules</c> false it runs queued jobs only).
    /// </summary>
    public static IServiceCollection AddConsoleJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.Storage is "SQLite" or "InMemory", $"{JobsOptions.Section}:Storage must be SQLite or InMemory.")
            .ValidateOnStart();
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        // The host's own storage, registered after AddHangfire so it wins over Hangfire's process-wide JobStorage.Current:
        // two hosts in one process (tests) never see each other's jobs.
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<JobsOptions>>().Value, sp.GetRequiredService<DataDirectory>()));
        services.AddTransient<TemporaryCredentialExpiryJob>();
        services.AddTransient<DeactivationJob>();
        services.AddTransient<MonitoringSampleJob>();
        services.AddTransient<NotificationEmailRetryJob>();
        services.AddTransient<CheckImportJob>();
        services.AddTransient<CommitImportJob>();
        // Every run, scheduled or run now, goes through the runner; its rows are the Background jobs page's history.
        services.AddTransient<JobRunner>();
        services.AddTransient<JobRunRequests>();
        services.AddSingleton(new JobCatalogue(JobSchedule.Jobs));
        services.AddSingleton<JobSchedule>();
        services.AddHostedService<JobScheduleRegistration>();
        services.AddHostedService<JobServerHost>();
        return services;
    }

    /// <summary>The dashboard at <c>/hangfire</c>: signed-in users only (others go to sign in), then the Operations Unit only.</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            AsyncAuthorization = [new OperationsUnitDashboardFilter()],
            DashboardTitle = "CalJOBS Console jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization();

    private static JobStorage CreateStorage(JobsOptions options, DataDirectory data) => options.Storage switch
    {
        "InMemory" => new InMemoryStorage(),
        _ => new SQLiteStorage(data.File(StorageFileName), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
    };
}
