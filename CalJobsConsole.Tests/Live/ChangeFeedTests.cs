using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Live;

/// <summary>The in-process change feed: what a save wrote goes to every subscriber once committed, nothing when the save fails, nothing after disposal.</summary>
public class ChangeFeedTests : IAsyncLifetime
{
    private readonly InProcessChangeFeed _feed = new(NullLogger<InProcessChangeFeed>.Instance);
    private readonly World _world = new();
    private TestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await StoredWorld.CreateAsync(_database, _world);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private ConsoleDbContext Context() =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>(_database.Options).AddInterceptors(new ChangeFeedInterceptor(_feed)).Options);

    [Fact]
    public async Task SaveChanges_OfANewRequest_PublishesItWithItsAreaAfterTheCommit()
    {
        var received = new TaskCompletionSource<IReadOnlyList<ConsoleChange>>();
        using var subscription = _feed.Subscribe(changes => { received.TrySetResult(changes); return Task.CompletedTask; });
        var request = _world.Submit(_world.NewAccountForm());

        await using (var db = Context())
        {
            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(Token);
        }

        var changes = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal([new ConsoleChange(ChangeFeed.Kinds.Request, request.Id, _world.LocalArea.Id)], changes);
    }

    [Fact]
    public async Task SaveChanges_ThatFails_PublishesNothing()
    {
        var published = 0;
        using var subscription = _feed.Subscribe(_ => { Interlocked.Increment(ref published); return Task.CompletedTask; });
        var request = _world.Submit(_world.NewAccountForm());
        await using (var db = Context())
        {
            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(Token);
        }
        await WaitForAsync(() => published == 1);

        await using (var db = Context())
        {
            db.AccessRequests.Add(request); // the same key again: the insert fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));
        }
        await Task.Delay(300, Token);

        Assert.Equal(1, published);
    }

    [Fact]
    public async Task SaveChanges_WithAnAuditRecord_PublishesOnlyOnceItsRowsAreCommitted()
    {
        // The context seals a new audit record into the hash chain in a transaction of its own; a page reading at the
        // change must find the rows there, not the table as it was (issue 21). The feed here hands the change over before
        // Publish returns, so the read happens exactly when the change is published.
        var feed = new SynchronousFeed();
        var seenWhenPublished = new TaskCompletionSource<bool>();
        var request = _world.Submit(_world.NewAccountForm());
        using var subscription = feed.Subscribe(_ =>
        {
            using var reader = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>(_database.Options).Options);
            seenWhenPublished.TrySetResult(reader.AccessRequests.Any(r => r.Id == request.Id));
            return Task.CompletedTask;
        });

        await using (var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>(_database.Options)
            .AddInterceptors(new ChangeFeedInterceptor(feed)).Options))
        {
            db.AccessRequests.Add(request);
            db.Audit(new BusinessClock(TimeProvider.System), null, "Request.Submitted", "AccessRequest", request.Id, request.AreaId, null,
                new { Test = true }, request.Id);
            await db.SaveChangesAsync(Token);
        }

        Assert.True(await seenWhenPublished.Task.WaitAsync(TimeSpan.FromSeconds(10), Token));
    }

    [Fact]
    public async Task SaveChanges_InsideATransaction_PublishesAtTheCommit_AndNothingWhenRolledBack()
    {
        var published = new List<IReadOnlyList<ConsoleChange>>();
        using var subscription = _feed.Subscribe(changes => { lock (published) published.Add(changes); return Task.CompletedTask; });
        var kept = _world.Submit(_world.NewAccountForm());
        var undone = _world.Submit(_world.NewAccountForm());

        await using (var db = Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            db.AccessRequests.Add(kept);
            await db.SaveChangesAsync(Token);
            await Task.Delay(300, Token);
            Assert.Empty(published);
            await transaction.CommitAsync(Token);
        }
        await WaitForAsync(() => published.Count == 1);
        await using (var db = Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            db.AccessRequests.Add(undone);
            await db.SaveChangesAsync(Token);
            await transaction.RollbackAsync(Token);
        }
        await Task.Delay(300, Token);

        Assert.Equal([new ConsoleChange(ChangeFeed.Kinds.Request, kept.Id, _world.LocalArea.Id)], Assert.Single(published));
    }

    [Fact]
    public async Task Subscription_WhenDisposed_ReceivesNothingMore()
    {
        var published = 0;
        var subscription = _feed.Subscribe(_ => { Interlocked.Increment(ref published); return Task.CompletedTask; });
        subscription.Dispose();

        _feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Account, Guid.NewGuid(), null)]);
        await Task.Delay(300, Token);

        Assert.Equal(0, published);
        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task Publish_WhenASubscriberThrows_StillReachesTheOthers()
    {
        var reached = new TaskCompletionSource();
        using var failing = _feed.Subscribe(_ => throw new InvalidOperationException("a screen that broke"));
        using var other = _feed.Subscribe(_ => { reached.TrySetResult(); return Task.CompletedTask; });

        _feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Account, Guid.NewGuid(), null)]);

        await reached.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50, Token);
        Assert.True(condition());
    }
}
