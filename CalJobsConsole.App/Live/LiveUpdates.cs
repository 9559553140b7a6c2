namespace CalJobsConsole.App.Live;

/// <summary>
/// What a live screen asks for its subscription (issue 17: live updates coalesced): the feed, the clock and the quiet period
/// in one place, so every screen reloads at most once per <see cref="QuietPeriod"/> whatever the burst of saves.
/// </summary>
public sealed class LiveUpdates(IChangeFeed feed, TimeProvider time, ILogger<LiveSubscription> logger, TimeSpan? quietPeriod = null)
{
    /// <summary>The App's quiet period: a screen shows a save within about a second, and a burst of saves costs it one reload.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromSeconds(1);

    public TimeSpan QuietPeriod { get; } = quietPeriod ?? DefaultQuietPeriod;

    /// <summary>
    /// Calls <paramref name="reload"/> (coalesced) after changes of <paramref name="kinds"/> in <paramref name="areaIds"/>
    /// (empty: every area) until the returned subscription is disposed.
    /// </summary>
    public LiveSubscription Follow(IReadOnlySet<string> kinds, Func<IReadOnlyCollection<Guid>> areaIds, Func<Task> reload) =>
        new(feed, time, QuietPeriod, kinds, areaIds, reload, logger);
}
