using System.Collections.Immutable;

namespace CalJobsConsole.App.Live;

/// <summary>
/// The in-process <see cref="IChangeFeed"/>: one per App, subscribers held until they dispose their subscription. A batch
/// is handed to each subscriber on the thread pool, so a slow screen never holds up the save that published it, and a
/// subscriber that throws is logged and keeps its subscription.
/// </summary>
public sealed class InProcessChangeFeed(ILogger<InProcessChangeFeed> logger) : IChangeFeed
{
    private ImmutableList<Subscription> _subscribers = [];

    public int SubscriberCount => _subscribers.Count;

    public void Publish(IReadOnlyList<ConsoleChange> changes)
    {
        if (changes.Count == 0)
            return;
        foreach (var subscriber in _subscribers)
            _ = DeliverAsync(subscriber, changes);
    }

    public IDisposable Subscribe(Func<IReadOnlyList<ConsoleChange>, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(subscription));
        return subscription;
    }

    private async Task DeliverAsync(Subscription subscriber, IReadOnlyList<ConsoleChange> changes)
    {
        try
        {
            await Task.Yield();
            await subscriber.Handler(changes);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A change-feed subscriber failed on {Count} change(s).", changes.Count);
        }
    }

    private sealed class Subscription(InProcessChangeFeed feed, Func<IReadOnlyList<ConsoleChange>, Task> handler) : IDisposable
    {
        public Func<IReadOnlyList<ConsoleChange>, Task> Handler { get; } = handler;

        public void Dispose() => ImmutableInterlocked.Update(ref feed._subscribers, list => list.Remove(this));
    }
}
