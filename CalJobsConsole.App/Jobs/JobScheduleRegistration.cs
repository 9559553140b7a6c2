namespace CalJobsConsole.App.Jobs;

/// <summary>Registers the recurring jobs when the host starts, after the database is ready; an invalid schedule stops start-up.</summary>
public sealed class JobScheduleRegistration(JobSchedule schedule) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        schedule.RegisterAll();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
