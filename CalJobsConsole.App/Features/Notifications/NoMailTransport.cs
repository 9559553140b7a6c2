using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>No SMTP host outside Development: messages reach console users in-app only (a warning says so at start).</summary>
public sealed class NoMailTransport : IMailTransport
{
    public string Description => "none (in-app messages only)";

    public bool Delivers => false;

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
