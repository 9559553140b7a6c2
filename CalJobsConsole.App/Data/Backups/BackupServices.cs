using CalJobsConsole.App.Jobs;

namespace CalJobsConsole.App.Data.Backups;

public static class BackupServices
{
    /// <summary>
    /// The <c>CalJobs:Backup</c> settings, checked at start (a value out of range stops start-up naming the setting), and the
    /// nightly <see cref="DatabaseBackupJob"/>, which <see cref="JobSchedule"/> schedules with the other jobs.
    /// </summary>
    public static IServiceCollection AddConsoleBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>()
            .Bind(configuration.GetSection(BackupOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), $"{BackupOptions.Section}:Folder is required.")
            .Validate(o => o.Keep is >= 1 and <= BackupOptions.MaxKeep, $"{BackupOptions.Section}:Keep must be 1 to {BackupOptions.MaxKeep}.")
            .ValidateOnStart();
        services.AddTransient<DatabaseBackupJob>();
        return services;
    }
}
