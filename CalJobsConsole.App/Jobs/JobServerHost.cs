using Hangfire;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// The one Hangfire server of the App, started only when <see cref="JobsOptions.RunServer"/> is true — read when the host
/// starts, so a test host's setting counts — over the host's own storage, with jobs built by the App's container. With
/// <see cref="JobsOptions.RunSchedules"/> false it is a lightweight server: workers only, no recurring or delayed scheduler.
/// </summary>
public sealed class JobServerHost(IOptions<JobsOptions> options, JobStorage storage, JobActivator activator) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RunServer)
            _server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = 2,
                Activator = activator,
                IsLightweightServer = !options.Value.RunSchedules,
            }, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null)
            return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken);
    }

    public void Dispose() => _server?.Dispose();
}
