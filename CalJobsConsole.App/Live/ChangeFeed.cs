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

    /// <summary>The feed and the interceptor that publishes every save to it.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        services.AddSingleton<IChangeFeed, InProcessChangeFeed>();
        services.AddSingleton<ChangeFeedInterceptor>();
        services.AddSingleton(sp => new LiveUpdates(sp.GetRequiredService<IChangeFeed>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LiveSubscription>>()));
        return services;
    }
}
