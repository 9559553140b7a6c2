using CalJobsConsole.App.Live;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Data;

public static class DatabaseServices
{
    public const string DatabaseFileName = "caljobs.db";

    /// <summary>
    /// EF Core on the provider <c>CalJobs:Database:Provider</c> names: SQLite (the default, the file <c>caljobs.db</c> in the data
    /// folder) or PostgreSQL (<c>ConnectionStrings:PostgreSql</c>), a context per operation through
    /// <see cref="IDbContextFactory{TContext}"/> (<see cref="ConsoleDbContextFactory"/>); migrations are applied at start by
    /// <see cref="DatabaseInitializer"/>, which seeds the demo data in Development (<see cref="DemoDataSeeder"/>, which needs the
    /// console's Identity services).
    /// </summary>
    public static IServiceCollection AddConsoleDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => Enum.IsDefined(o.Provider), $"{DatabaseOptions.Section}:Provider must be Sqlite or PostgreSql.")
            .Validate(o => o.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseOptions.PostgreSqlConnectionName)),
                $"{DatabaseOptions.Section}:Provider is PostgreSql: set ConnectionStrings:{DatabaseOptions.PostgreSqlConnectionName}.")
            .ValidateOnStart();
        // Every save publishes what it wrote to the change feed, so open screens update without a reload.
        services.AddChangeFeed();
        services.AddDbContextFactory<ConsoleDbContext, ConsoleDbContextFactory>((sp, options) =>
        {
            if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql)
                options.UseNpgsql(PostgreSqlConnectionString(sp.GetRequiredService<IConfiguration>()));
            else
                options.UseSqlite(ConnectionString(sp.GetRequiredService<DataDirectory>().File(DatabaseFileName)));
            options.AddInterceptors(sp.GetRequiredService<ChangeFeedInterceptor>());
        });
        // One initializer: the host starts it, and a command run without the host asks it to migrate.
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddScoped<DemoDataSeeder>();
        return services;
    }

    /// <summary><c>ConnectionStrings:PostgreSql</c>: the console's database on PostgreSQL (checked at start when it is the provider).</summary>
    public static string PostgreSqlConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.PostgreSqlConnectionName)
        ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseOptions.PostgreSqlConnectionName} is not set.");

    /// <summary>How long a writer waits for SQLite's write lock, by default, before the attempt fails as busy.</summary>
    public const int DefaultBusyTimeoutSeconds = 30;

    /// <summary>
    /// Writers wait up to <paramref name="busyTimeoutSeconds"/> for SQLite's write lock instead of failing at once; a save still
    /// refused then is run again (<see cref="DatabaseBusy"/>) and, if the lock is still held, the person is told to try again.
    /// </summary>
    public static string ConnectionString(string databasePath, int busyTimeoutSeconds = DefaultBusyTimeoutSeconds) =>
        $"Data Source={databasePath};Default Timeout={busyTimeoutSeconds};Pooling=True";
}
