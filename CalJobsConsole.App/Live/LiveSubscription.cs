namespace CalJobsConsole.App.Live;

/// <summary>
/// A dashboard's subscription to the change feed: calls <c>reload</c> when a batch holds a change the dashboard shows
/// (its kinds, in its areas or in none; an empty area list follows every area), never after disposal. The component marshals to its renderer in <c>reload</c>.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly IDisposable _subscription;
    private volatile bool _disposed;

    public LiveSubscription(IChangeFeed feed, IReadOnlySet<string> kinds, Func<IReadOnlyCollection<Guid>> areaIds, Func<Task> reload)
    {
        _subscription = feed.Subscribe(async changes =>
        {
            if (_disposed)
                return;
            var areas = areaIds();
            if (changes.Any(c => kinds.Contains(c.Kind) && (c.AreaId is null || areas.Count == 0 || areas.Contains(c.AreaId.Value))))
                await reload();
        });
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
    }
}
