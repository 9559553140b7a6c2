using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CalJobsConsole.Tests.Features.Compliance;

/// <summary>
/// Issue 17: the statewide figures are read once for the pages that open while the reading holds — the same business day,
/// no change of a kind that can move a figure since it began, younger than <see cref="ComplianceFiguresCache.MaxAge"/> — and
/// read again otherwise. Each reading here is a distinct object, so "the same figures" means the same reading.
/// </summary>
public sealed class ComplianceFiguresCacheTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero));
    private readonly SynchronousFeed _feed = new();
    private readonly ComplianceFiguresCache _cache;
    private int _reads;

    public ComplianceFiguresCacheTests() => _cache = new ComplianceFiguresCache(_feed, _time);

    public void Dispose() => _cache.Dispose();

    private Task<CompliancePanels> Read()
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(new CompliancePanels(
            new StatewideCompliance(new Dictionary<CalJobsConsole.Domain.Accounts.AccountStatus, int>(), _reads, 0, 0, 0, [], [], 0, null), []));
    }

    private Task<CompliancePanels> Get(DateOnly? day = null, bool fresh = false) => _cache.GetAsync(day ?? Today, fresh, Read);

    [Fact]
    public async Task SecondPage_OnTheSameDayWithNoChange_IsGivenTheSameReading()
    {
        var first = await Get();
        var second = await Get();

        Assert.Same(first, second);
        Assert.Equal(1, _reads);
    }

    [Theory]
    [InlineData(ChangeFeed.Kinds.Account)]
    [InlineData(ChangeFeed.Kinds.Request)]
    [InlineData(ChangeFeed.Kinds.Designation)]
    [InlineData(ChangeFeed.Kinds.Area)]
    [InlineData(ChangeFeed.Kinds.Escalation)]
    [InlineData(ChangeFeed.Kinds.Finding)]
    [InlineData(ChangeFeed.Kinds.Review)]
    [InlineData(ChangeFeed.Kinds.Evidence)]
    public async Task ChangeThatCanMoveAFigure_MakesTheNextPageReadAgain(string kind)
    {
        var before = await Get();

        _feed.Publish([new ConsoleChange(kind, Guid.NewGuid(), Guid.NewGuid())]);
        var after = await Get();

        Assert.NotSame(before, after);
        Assert.Equal(2, _reads);
        Assert.Equal(1, _cache.ChangesSeen);
        Assert.Same(after, await Get());
    }

    [Theory]
    [InlineData(ChangeFeed.Kinds.Message)]
    [InlineData(ChangeFeed.Kinds.JobRun)]
    [InlineData(ChangeFeed.Kinds.IssueReport)]
    public async Task ChangeThatMovesNoFigure_KeepsTheReading(string kind)
    {
        var before = await Get();

        _feed.Publish([new ConsoleChange(kind, Guid.NewGuid(), null)]);

        Assert.Same(before, await Get());
        Assert.Equal(1, _reads);
        Assert.Equal(0, _cache.ChangesSeen);
    }

    [Fact]
    public async Task ChangeSeenWhileAReadingRuns_IsNotCoveredByThatReading()
    {
        var release = new TaskCompletionSource<CompliancePanels>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _cache.GetAsync(Today, fresh: false, () => release.Task);

        _feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Account, Guid.NewGuid(), Guid.NewGuid())]);
        release.SetResult(await Read());
        var stale = await running;

        Assert.NotSame(stale, await Get());
    }

    [Fact]
    public async Task NextBusinessDay_ReadsAgain()
    {
        var today = await Get();

        var tomorrow = await Get(Today.AddDays(1));

        Assert.NotSame(today, tomorrow);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task ReadingOlderThanTheMaximumAge_IsNotGivenOut()
    {
        var first = await Get();

        _time.Advance(ComplianceFiguresCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(first, await Get());
        _time.Advance(TimeSpan.FromSeconds(1));
        var later = await Get();

        Assert.NotSame(first, later);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task FreshRead_ReadsAgain_AndIsTheReadingLaterPagesAreGiven()
    {
        await Get();

        var fresh = await Get(fresh: true);

        Assert.Equal(2, _reads);
        Assert.Same(fresh, await Get());
    }

    [Fact]
    public async Task PagesOpeningWhileAReadingRuns_ShareIt()
    {
        var release = new TaskCompletionSource<CompliancePanels>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reads = 0;
        Task<CompliancePanels> Slow()
        {
            Interlocked.Increment(ref reads);
            return release.Task;
        }

        var pages = Enumerable.Range(0, 10).Select(_ => _cache.GetAsync(Today, fresh: false, Slow)).ToList();
        release.SetResult(await Read());
        var shown = await Task.WhenAll(pages);

        Assert.Equal(1, reads);
        Assert.All(shown, s => Assert.Same(shown[0], s));
    }

    [Fact]
    public async Task FailedReading_IsNotGivenOutAgain()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _cache.GetAsync(Today, fresh: false, () => Task.FromException<CompliancePanels>(new InvalidOperationException("database gone"))));

        var next = await Get();

        Assert.Equal(1, _reads);
        Assert.NotNull(next);
    }
}
