using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Jobs.Runs;
using Hangfire;
using CalJobsConsole.App.Data;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Jobs;

public static class JobServices
{
    public const string StorageFileName = "hangfire.db";
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire over the host's own storage (the database's engine: <c>hangfire.db</c> in the data folder on SQLite, the
    /// <c>hangfire</c> schema of the console's database on PostgreSQL; or in memory), the job classes, the
    /// runner that records every run, the schedule registered at start and one server (unless <c>CalJobs:Jobs:RunServer</c>
    /// is false; with <c>CalJobs:Jobs:RunSchedules</c> false it runs queued jobs only).
    /// </summary>
    public static IServiceCollection AddConsoleJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.Storage is null or "" or "SQLite" or "PostgreSql" or "InMemory",
                $"{JobsOptions.Section}:Storage must be empty (the database's engine), SQLite, PostgreSql or InMemory.")
            .ValidateOnStart();
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        // The host's own storage, registered after AddHangfire so it wins over Hangfire's process-wide JobStorage.Current:
        // two hosts in one process (tests) never see each other's jobs.
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<JobsOptions>>().Value,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<DataDirectory>()));
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

    /// <summary>
    /// The storage the settings name; empty follows the database: SQLite's own file beside the console's database (single
    /// server: its distributed lock is not safe across machines), PostgreSQL's <c>hangfire</c> schema in the console's own
    /// database, where Hangfire's locks make each recurring job fire once per schedule whichever server's scheduler wins, and
    /// long polling (LISTEN/NOTIFY) hands a "Run now" to an idle worker at once instead of at the next poll.
    /// </summary>
    private static JobStorage CreateStorage(JobsOptions options, DatabaseOptions database, IConfiguration configuration, DataDirectory data) =>
        JobsOptions.EffectiveStorage(options.Storage, database.Provider) switch
        {
            "InMemory" => new InMemoryStorage(),
            "PostgreSql" => CreatePostgreSqlStorage(DatabaseServices.PostgreSqlConnectionString(configuration)),
            _ => new SQLiteStorage(data.File(StorageFileName), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
        };

    private static PostgreSqlStorage CreatePostgreSqlStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            EnableLongPolling = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
