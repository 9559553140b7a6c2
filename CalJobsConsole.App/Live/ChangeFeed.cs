using CalJobsConsole.App.Data;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Live;

public static class ChangeFeed
{
    /// <summary>The kinds of change the feed carries.</summary>
    public static class Kinds
    {
        public const string Request = "Request";
        public const string Account = "Account";
        public const string Designation = "Designation";
        public const string Area = "Area";
        public const string Escalation = "Escalation";
        public const string Evidence = "Evidence";
        public const string Finding = "Finding";
        public const string Review = "Review";
        public const string Message = "Message";
        public const string JobRun = "JobRun";
        public const string IssueReport = "IssueReport";
    }

    /// <summary>
    /// The feed and the interceptor that publishes every save to it: in-process on SQLite (one server), across servers through
    /// PostgreSQL's LISTEN/NOTIFY on PostgreSQL (<see cref="PostgreSqlChangeFeed"/>, started and stopped with the host).
    /// </summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        services.AddSingleton<InProcessChangeFeed>();
        services.AddSingleton(sp => new PostgreSqlChangeFeed(
            DatabaseServices.PostgreSqlConnectionString(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IChangeFeed>(sp => OnPostgreSql(sp)
            ? sp.GetRequiredService<PostgreSqlChangeFeed>()
            : sp.GetRequiredService<InProcessChangeFeed>());
        services.AddHostedService<CrossServerFeedHost>();
        services.AddSingleton<ChangeFeedInterceptor>();
        services.AddSingleton(sp => new LiveUpdates(sp.GetRequiredService<IChangeFeed>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LiveSubscription>>()));
        return services;
    }

    private static bool OnPostgreSql(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Runs the PostgreSQL feed's listener with the host, when PostgreSQL is the provider; nothing on SQLite.</summary>
    private sealed class CrossServerFeedHost(IServiceProvider services) : IHostedService
    {
        private PostgreSqlChangeFeed? _feed;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!OnPostgreSql(services))
                return Task.CompletedTask;
            _feed = services.GetRequiredService<PostgreSqlChangeFeed>();
            return _feed.StartAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => _feed?.StopAsync(cancellationToken) ?? Task.CompletedTask;
    }
}
