namespace CalJobsConsole.App.Live;

/// <summary>
/// A screen's subscription to the change feed: calls <c>reload</c> when a batch holds a change the screen shows (its kinds,
/// in its areas or in none; an empty area list follows every area), never after disposal. Coalesced (issue 17): a burst of
/// saves costs one reload — the first relevant change waits the quiet period, every change until then rides along, and a
/// change that arrives while the screen reloads brings one more reload a quiet period after it, so the last change is never
/// lost and a screen reloads at most once per quiet period. The component marshals to its renderer in <c>reload</c>.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _quietPeriod;
    private readonly IReadOnlySet<string> _kinds;
    private readonly Func<IReadOnlyCollection<Guid>> _areaIds;
    private readonly Func<Task> _reload;
    private readonly ILogger _logger;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _pending;
    private bool _reloading;
    private bool _disposed;

    public LiveSubscription(IChangeFeed feed, TimeProvider time, TimeSpan quietPeriod, IReadOnlySet<string> kinds,
        Func<IReadOnlyCollection<Guid>> areaIds, Func<Task> reload, ILogger logger)
    {
        (_time, _quietPeriod, _kinds, _areaIds, _reload, _logger) = (time, quietPeriod, kinds, areaIds, reload, logger);
        _subscription = feed.Subscribe(OnChangesAsync);
    }

    /// <summary>True when one of <paramref name="changes"/> is of a followed kind, in a followed area or in none.</summary>
    public static bool Concerns(IReadOnlyList<ConsoleChange> changes, IReadOnlySet<string> kinds, IReadOnlyCollection<Guid> areas) =>
        changes.Any(c => kinds.Contains(c.Kind) && (c.AreaId is null || areas.Count == 0 || areas.Contains(c.AreaId.Value)));

    private Task OnChangesAsync(IReadOnlyList<ConsoleChange> changes)
    {
        if (_disposed || !Concerns(changes, _kinds, _areaIds()))
            return Task.CompletedTask;
        lock (_gate)
        {
            _pending = true;
            if (_timer is null && !_reloading && !_disposed)
                _timer = _time.CreateTimer(_ => _ = ReloadAsync(), null, _quietPeriod, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    private async Task ReloadAsync()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed || !_pending)
                return;
            (_pending, _reloading) = (false, true);
        }
        try
        {
            await _reload().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "A live screen failed to read again after a change.");
        }
        finally
        {
            lock (_gate)
            {
                _reloading = false;
                if (_pending && !_disposed)
                    _timer = _time.CreateTimer(_ => _ = ReloadAsync(), null, _quietPeriod, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
        _subscription.Dispose();
    }
}
