namespace CalJobsConsole.App.Jobs;

/// <summary>
/// Registers the recurring jobs when the host starts, after the database is ready. An invalid schedule is logged (with the
/// setting's name) and stops start-up; Program prints the same message where an operator looks.
/// </summary>
public sealed class JobScheduleRegistration(JobSchedule schedule, ILogger<JobScheduleRegistration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            schedule.RegisterAll();
        }
        catch (InvalidJobScheduleException ex)
        {
            logger.LogCritical(ex, "{Message}", ex.Message);
            throw;
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
