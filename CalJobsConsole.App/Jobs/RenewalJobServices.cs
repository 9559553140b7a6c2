namespace CalJobsConsole.App.Jobs;

public static class RenewalJobServices
{
    /// <summary>The renewal jobs (REN-1, REV-1), plain classes the scheduler resolves and runs daily.</summary>
    public static IServiceCollection AddRenewalJobs(this IServiceCollection services)
    {
        services.AddScoped<RenewalReminderJob>();
        services.AddScoped<OverdueRenewalSuspensionJob>();
        return services;
    }
}
