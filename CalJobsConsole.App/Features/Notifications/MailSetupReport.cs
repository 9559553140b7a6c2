namespace CalJobsConsole.App.Features.Notifications;

/// <summary>Says once at start how e-mail leaves the console, and warns when it does not leave at all.</summary>
public sealed class MailSetupReport(IMailTransport transport, ILogger<MailSetupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (transport.Delivers)
            logger.LogInformation("E-mail: {Transport}.", transport.Description);
        else
            logger.LogWarning("E-mail is off: no {Setting} is configured, so notifications reach console users in-app only.",
                $"{MailOptions.Section}:Smtp:Host");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
