using CalJobsConsole.App.Features.Notifications;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>A notification sender that keeps what it was given, for service tests that assert who is told what.</summary>
public sealed class RecordingNotificationSender : INotificationSender
{
    public List<OutgoingNotification> Sent { get; } = [];

    public List<Guid> SecretsRemovedFor { get; } = [];

    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken = default)
    {
        Sent.Add(notification);
        return Task.CompletedTask;
    }

    public Task RemoveSecretsAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        SecretsRemovedFor.Add(accountId);
        return Task.CompletedTask;
    }
}
