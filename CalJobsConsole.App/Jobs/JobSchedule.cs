using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Domain.Common;
using Hangfire;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Every background job and its schedule, in one place: registered through <see cref="IRecurringJobManager"/> (never the
/// static <c>RecurringJob</c>, which writes to whichever storage was set last) when the App starts, each as
/// <see cref="JobRunner.RunScheduledAsync"/> with the job's name, so a scheduled run is recorded like a "Run now". Each
/// schedule is the setting <c>CalJobs:Jobs:&lt;JobName&gt;:Cron</c> in business time; one that is not valid cron stops
/// start-up with the setting's name. A new job is one more <see cref="JobDefinition"/> here (and its class in DI).
/// </summary>
public sealed class JobSchedule(IRecurringJobManager recurringJobs, IConfiguration configuration, BusinessClock clock, JobCatalogue catalogue)
{
    /// <summary>The jobs, in the order the Background jobs page lists them, with their default schedule (used when the setting is absent).</summary>
    public static IReadOnlyList<JobDefinition> Jobs { get; } =
    [
        JobDefinition.For<TemporaryCredentialExpiryJob>(TemporaryCredentialExpiryJob.Name, "Temporary password expiry",
            "CRD-1: every unused temporary password at or past 24 hours is expired and its kept encrypted copies removed.", "5 * * * *",
            async (job, progress, ct) => $"{(await job.RunAsync(progress, ct)).Count} temporary password(s) expired."),
        JobDefinition.For<DeactivationJob>(DeactivationJob.Name, "Deactivations",
            "DEA-1: scheduled deactivations whose date has come are carried out; accounts open past their separation date are reported late, once a day.",
            "15 0 * * *",
            async (job, progress, ct) => (await job.RunAsync(progress, ct)).Summary),
        JobDefinition.For<OverdueRenewalSuspensionJob>(OverdueRenewalSuspensionJob.Name, "Overdue renewal suspensions",
            "REV-1: an account whose renewal due date has come without an approved renewal is suspended.", "5 0 * * *",
            async (job, progress, ct) => $"{await job.RunAsync(progress, ct)} account(s) suspended."),
        JobDefinition.For<RenewalReminderJob>(RenewalReminderJob.Name, "Renewal reminders",
            "REN-1: reminders 30, 14, 7 and 1 days before the renewal due date and once overdue, each once.", "0 6 * * *",
            async (job, progress, ct) => $"{await job.RunAsync(progress, ct)} reminder(s) sent."),
        JobDefinition.For<MonitoringSampleJob>(MonitoringSampleJob.Name, "Quarterly monitoring sample",
            "MON-1: on the first day of a quarter, the random sample of the quarter just ended (new, existing and deactivated accounts, every area represented) with its automatic findings.",
            "0 2 1 1,4,7,10 *",
            async (job, progress, ct) => (await job.RunAsync(progress, ct)).Summary),
        JobDefinition.For<NotificationEmailRetryJob>(NotificationEmailRetryJob.Name, "E-mail retries",
            "Notifications whose e-mail failed are sent again when due; nothing is lost while the mail server is down.", "*/5 * * * *",
            async (job, progress, ct) => $"{await job.RunAsync(progress, ct)} e-mail(s) sent."),
        JobDefinition.For<DatabaseBackupJob>(DatabaseBackupJob.Name, "Database backup",
            "On SQLite, a checked copy of the database (VACUUM INTO) in the backup folder, keeping the newest CalJobs:Backup:Keep; on PostgreSQL nothing (pg_dump and point-in-time recovery back it up).",
            "30 3 * * *",
            async (job, progress, ct) => (await job.RunAsync(progress, ct)).Summary),
        JobDefinition.OnDemand<CheckImportJob>(CheckImportJob.Name, "Import dry run",
            "Issue 17: each uploaded import file is checked row by row against the directive's rules; nothing but the check's result is written.",
            async (job, progress, ct) => await job.RunAsync(progress, ct)),
        JobDefinition.OnDemand<CommitImportJob>(CommitImportJob.Name, "Import commit",
            "Issue 17: an import file the Operations Unit confirmed after a clean dry run is written, 1,000 accounts per save, each record audited as imported.",
            async (job, progress, ct) => await job.RunAsync(progress, ct)),
    ];

    public static string SettingFor(string jobName) => $"{JobsOptions.Section}:{jobName}:Cron";

    public void RegisterAll()
    {
        var options = new RecurringJobOptions { TimeZone = clock.Zone };
        foreach (var job in catalogue.All)
        {
            var name = job.Name;
            if (!job.IsScheduled)
            {
                recurringJobs.RemoveIfExists(name);
                continue;
            }
            Register(name, cron => recurringJobs.AddOrUpdate<JobRunner>(name, runner => runner.RunScheduledAsync(name, CancellationToken.None), cron, options));
        }
    }

    /// <summary>The configured schedule of a job, or its default when the setting is absent.</summary>
    public string CronFor(string jobName) =>
        configuration[SettingFor(jobName)] is { Length: > 0 } configured ? configured.Trim() : catalogue.All.Single(j => j.Name == jobName).DefaultCron;

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
