using CalJobsConsole.App.Data;
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

    /// <summary>Kept as sent at once (the caller's save is not waited for): tests that care what was stored read the database.</summary>
    public Guid? Stage(ConsoleDbContext db, OutgoingNotification notification)
    {
        Sent.Add(notification);
        return null;
    }

    public Task DeliverStagedAsync(IReadOnlyList<Guid> notificationIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
