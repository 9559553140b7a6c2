using CalJobsConsole.App.Live;
using Microsoft.Extensions.Logging.Abstractions;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CalJobsConsole.Tests.Live;

/// <summary>
/// Issue 17: live updates coalesced. A burst of saves costs an open screen one reload (trailing edge, one quiet period after
/// the first change), a later change another, a change during a reload one more after it, and a screen about one area
/// never reloads for another area's change. On a fake clock: the tests never wait.
/// </summary>
public sealed class LiveSubscriptionTests
{
    private static readonly TimeSpan Quiet = LiveUpdates.DefaultQuietPeriod;
    private static readonly IReadOnlySet<string> Accounts = new HashSet<string> { ChangeFeed.Kinds.Account };
    private static readonly Guid ThisArea = Guid.NewGuid();
    private static readonly Guid OtherArea = Guid.NewGuid();

    private readonly FakeTimeProvider _time = new();
    private readonly SynchronousFeed _feed = new();
    private int _reloads;

    private LiveSubscription Follow(IReadOnlyCollection<Guid> areas, Func<Task>? reload = null) =>
        new LiveUpdates(_feed, _time, NullLogger<LiveSubscription>.Instance)
            .Follow(Accounts, () => areas, reload ?? (() => { _reloads++; return Task.CompletedTask; }));

    private static ConsoleChange AccountIn(Guid? area) => new(ChangeFeed.Kinds.Account, Guid.NewGuid(), area);

    [Fact]
    public void BurstOfChanges_WithinTheQuietPeriod_ReloadsOnceAtItsEnd()
    {
        using var live = Follow([]);

        for (var i = 0; i < 50; i++)
        {
            _feed.Publish([AccountIn(ThisArea)]);
            _time.Advance(Quiet / 100);
        }
        Assert.Equal(0, _reloads);
        _time.Advance(Quiet);

        Assert.Equal(1, _reloads);
    }

    [Fact]
    public void ChangeAfterTheQuietPeriod_ReloadsAgain()
    {
        using var live = Follow([]);
        _feed.Publish([AccountIn(ThisArea)]);
        _time.Advance(Quiet);

        _feed.Publish([AccountIn(ThisArea)]);
        _time.Advance(Quiet);

        Assert.Equal(2, _reloads);
    }

    [Fact]
    public void SteadyStreamOfChanges_ReloadsAtMostOncePerQuietPeriod()
    {
        using var live = Follow([]);

        for (var i = 0; i < 100; i++)
        {
            _feed.Publish([AccountIn(ThisArea)]);
            _time.Advance(Quiet / 10);
        }
        _time.Advance(Quiet);

        Assert.Equal(10, _reloads);
    }

    [Fact]
    public void ChangeDuringAReload_IsNotLost_AndBringsOneMoreReloadAfterTheQuietPeriod()
    {
        var reloadStarted = 0;
        var finish = new TaskCompletionSource();
        using var live = Follow([], async () =>
        {
            if (++reloadStarted == 1)
                await finish.Task.ConfigureAwait(false);
        });
        _feed.Publish([AccountIn(ThisArea)]);
        _time.Advance(Quiet);
        Assert.Equal(1, reloadStarted);

        _feed.Publish([AccountIn(ThisArea)]);
        _time.Advance(Quiet * 3);
        Assert.Equal(1, reloadStarted);
        finish.SetResult();
        _time.Advance(Quiet);

        Assert.Equal(2, reloadStarted);
    }

    [Fact]
    public void ChangeInAnotherArea_DoesNotReloadAScreenAboutOneArea()
    {
        using var live = Follow([ThisArea]);

        _feed.Publish([AccountIn(OtherArea), new ConsoleChange(ChangeFeed.Kinds.Request, Guid.NewGuid(), ThisArea)]);
        _time.Advance(Quiet * 2);

        Assert.Equal(0, _reloads);
    }

    [Fact]
    public void ChangeInTheScreensArea_ReloadsIt()
    {
        using var live = Follow([ThisArea]);

        _feed.Publish([AccountIn(OtherArea), AccountIn(ThisArea)]);
        _time.Advance(Quiet);

        Assert.Equal(1, _reloads);
    }

    [Fact]
    public void Dispose_WithAReloadWaiting_CancelsIt()
    {
        var live = Follow([]);
        _feed.Publish([AccountIn(ThisArea)]);

        live.Dispose();
        _time.Advance(Quiet * 2);

        Assert.Equal(0, _reloads);
        Assert.Equal(0, _feed.SubscriberCount);
    }
}
