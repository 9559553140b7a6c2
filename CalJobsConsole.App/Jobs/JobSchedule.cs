using CalJobsConsole.Domain.Common;
using Hangfire;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Every recurring job and its schedule, in one place: registered through <see cref="IRecurringJobManager"/> (never the static
/// <c>RecurringJob</c>, which writes to whichever storage was set last) when the App starts. Each schedule is the setting
/// <c>CalJobs:Jobs:&lt;JobName&gt;:Cron</c> in business time; one that is not valid cron stops start-up with the setting's name.
/// </summary>
public sealed class JobSchedule(IRecurringJobManager recurringJobs, IConfiguration configuration, BusinessClock clock)
{
    /// <summary>The jobs by name with their default schedule (used when the setting is absent).</summary>
    public static IReadOnlyList<(string Name, string DefaultCron)> Jobs { get; } =
    [
        (TemporaryCredentialExpiryJob.Name, "5 * * * *"),
        (DeactivationJob.Name, "15 0 * * *"),
        (OverdueRenewalSuspensionJob.Name, "5 0 * * *"),
        (RenewalReminderJob.Name, "0 6 * * *"),
        (MonitoringSampleJob.Name, "0 2 1 1,4,7,10 *"),
        (NotificationEmailRetryJob.Name, "*/5 * * * *"),
    ];

    public static string SettingFor(string jobName) => $"{JobsOptions.Section}:{jobName}:Cron";

    public void RegisterAll()
    {
        var options = new RecurringJobOptions { TimeZone = clock.Zone };
        Register(TemporaryCredentialExpiryJob.Name, cron =>
            recurringJobs.AddOrUpdate<TemporaryCredentialExpiryJob>(TemporaryCredentialExpiryJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
        Register(DeactivationJob.Name, cron =>
            recurringJobs.AddOrUpdate<DeactivationJob>(DeactivationJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
        Register(OverdueRenewalSuspensionJob.Name, cron =>
            recurringJobs.AddOrUpdate<OverdueRenewalSuspensionJob>(OverdueRenewalSuspensionJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
        Register(RenewalReminderJob.Name, cron =>
            recurringJobs.AddOrUpdate<RenewalReminderJob>(RenewalReminderJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
        Register(MonitoringSampleJob.Name, cron =>
            recurringJobs.AddOrUpdate<MonitoringSampleJob>(MonitoringSampleJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
        Register(NotificationEmailRetryJob.Name, cron =>
            recurringJobs.AddOrUpdate<NotificationEmailRetryJob>(NotificationEmailRetryJob.Name, job => job.RunAsync(CancellationToken.None), cron, options));
    }

    /// <summary>The configured schedule of a job, or its default when the setting is absent.</summary>
    public string CronFor(string jobName) =>
        configuration[SettingFor(jobName)] is { Length: > 0 } configured ? configured.Trim() : Jobs.Single(j => j.Name == jobName).DefaultCron;

    /// <summary>
    /// Hangfire checks the cron with its own parser (Cronos, built into Hangfire.Core and not public) and refuses an invalid
    /// one with an <see cref="ArgumentException"/>; that refusal is turned into a message naming the setting.
    /// </summary>
    private void Register(string jobName, Action<string> addOrUpdate)
    {
        var cron = CronFor(jobName);
        try
        {
            addOrUpdate(cron);
        }
        catch (ArgumentException ex) when (ex.ParamName == "cronExpression")
        {
            throw new InvalidJobScheduleException(SettingFor(jobName), cron, ex);
        }
    }
}
