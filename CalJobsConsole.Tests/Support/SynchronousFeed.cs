using CalJobsConsole.App.Live;

namespace CalJobsConsole.Tests.Support;

/// <summary>A change feed that hands each batch to the subscribers before <see cref="Publish"/> returns, so a test controls the order.</summary>
public sealed class SynchronousFeed : IChangeFeed
{
    private readonly List<Func<IReadOnlyList<ConsoleChange>, Task>> _handlers = [];

    public int SubscriberCount => _handlers.Count;

    public void Publish(IReadOnlyList<ConsoleChange> changes)
    {
        foreach (var handler in _handlers.ToList())
            handler(changes).GetAwaiter().GetResult();
    }

    public IDisposable Subscribe(Func<IReadOnlyList<ConsoleChange>, Task> handler)
    {
        _handlers.Add(handler);
        return new Unsubscribe(() => _handlers.Remove(handler));
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
