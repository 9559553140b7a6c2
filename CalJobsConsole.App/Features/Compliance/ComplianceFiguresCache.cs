using CalJobsConsole.App.Live;

namespace CalJobsConsole.App.Features.Compliance;

/// <summary>
/// The statewide compliance figures as last read, shared by every Operations Unit page that opens (issue 17). Reading them is
/// one pass over every account (about 90 ms of a core at 100,000 accounts); they change only when a saved change could move
/// one, or when the business day turns. So an opening page is given the last reading while it still holds:
/// <list type="bullet">
/// <item>read on the same business day;</item>
/// <item>no change of a <see cref="Relevant"/> kind seen since the read began (the change feed, which every
/// <c>SaveChanges</c> publishes to: <see cref="ChangeFeedInterceptor"/>);</item>
/// <item>younger than <see cref="MaxAge"/>: the bound on what the feed cannot see here, a change saved on another server
/// until the feed crosses servers, or written around the change tracker (no bulk update touches these tables).</item>
/// </list>
/// Pages opening together share one read. A page following the feed asks for a fresh read after a change
/// (<c>fresh</c>), so live figures never wait for the cache; that read becomes the one later pages are given. Scope is not
/// cached: <see cref="CompliancePanelService"/> checks the reader before asking for the figures.
/// </summary>
public sealed class ComplianceFiguresCache : IDisposable
{
    /// <summary>The longest a reading is given out, whatever the feed says.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>The kinds of change that can move a figure on the compliance panels.</summary>
    public static readonly IReadOnlySet<string> Relevant = new HashSet<string>
    {
        ChangeFeed.Kinds.Account, ChangeFeed.Kinds.Request, ChangeFeed.Kinds.Designation, ChangeFeed.Kinds.Area,
        ChangeFeed.Kinds.Escalation, ChangeFeed.Kinds.Finding, ChangeFeed.Kinds.Review, ChangeFeed.Kinds.Evidence,
    };

    private sealed record Reading(DateOnly Day, long Generation, DateTimeOffset StartedAt, Task<CompliancePanels> Figures);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private long _generation;
    private Reading? _last;

    /// <summary>How many batches with a change of a <see cref="Relevant"/> kind it has seen: what a test waits on after publishing one.</summary>
    public long ChangesSeen
    {
        get
        {
            lock (_gate)
                return _generation;
        }
    }

    public ComplianceFiguresCache(IChangeFeed feed, TimeProvider time)
    {
        _time = time;
        _subscription = feed.Subscribe(changes =>
        {
            if (changes.Any(c => Relevant.Contains(c.Kind)))
                lock (_gate)
                    _generation++;
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The figures for <paramref name="day"/>: the last reading if it still holds and <paramref name="fresh"/> is false,
    /// otherwise a new one from <paramref name="read"/> (run once however many pages ask while it runs). A failed reading is
    /// never given out again.
    /// </summary>
    public Task<CompliancePanels> GetAsync(DateOnly day, bool fresh, Func<Task<CompliancePanels>> read)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!fresh && _last is { } last && last.Day == day && last.Generation == _generation && now - last.StartedAt < MaxAge
                && !last.Figures.IsFaulted && !last.Figures.IsCanceled)
                return last.Figures;
            // Started outside the lock; a change seen while it runs moves the generation on, so it is not given out after.
            var figures = Task.Run(read);
            _last = new Reading(day, _generation, now, figures);
            return figures;
        }
    }

    public void Dispose() => _subscription.Dispose();
}
