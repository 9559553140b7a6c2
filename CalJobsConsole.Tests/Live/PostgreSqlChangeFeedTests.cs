using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CalJobsConsole.Tests.Live;

/// <summary>
/// The change feed across app servers (issue 19, Deliver 3): PostgreSQL's LISTEN/NOTIFY carries a batch saved on one server to
/// the screens of every other, once each; the sender's own screens hear it once, in process.
/// </summary>
public sealed class PostgreSqlChangeFeedTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<PostgreSqlChangeFeed> _feeds = [];
    private string _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestPostgreSql.CreateDatabaseAsync(migrated: false);

    public async ValueTask DisposeAsync()
    {
        foreach (var feed in _feeds)
        {
            await feed.StopAsync(CancellationToken.None);
            feed.Dispose();
        }
        await TestPostgreSql.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task ABatchPublishedOnOneServer_ReachesTheOtherServersSubscribers_AndItsOwnOnce()
    {
        var (serverA, serverB) = (await StartedFeedAsync(), await StartedFeedAsync());
        var (onA, onB) = (new Received(), new Received());
        using var subscriptionA = serverA.Subscribe(onA.Handle);
        using var subscriptionB = serverB.Subscribe(onB.Handle);
        var change = new ConsoleChange(ChangeFeed.Kinds.Account, Guid.NewGuid(), Guid.NewGuid());

        serverA.Publish([change]);

        Assert.Equal([change], await onB.Next.WaitAsync(Patience, Token));
        Assert.Equal([change], await onA.Next.WaitAsync(Patience, Token));
        // A second batch from B: A hears it, and nothing arrives twice (B does not deliver its own notification again).
        var second = new ConsoleChange(ChangeFeed.Kinds.Request, Guid.NewGuid(), null);
        serverB.Publish([second]);
        Assert.Equal([second], await onA.Next.WaitAsync(Patience, Token));
        Assert.Equal([second], await onB.Next.WaitAsync(Patience, Token));
        await Task.Delay(500, Token);
        Assert.Equal(2, onA.Count);
        Assert.Equal(2, onB.Count);
    }

    [Fact]
    public async Task ABatchLargerThanOneNotification_ArrivesWhole()
    {
        var (serverA, serverB) = (await StartedFeedAsync(), await StartedFeedAsync());
        var all = new List<ConsoleChange>();
        var done = new TaskCompletionSource();
        var batch = Enumerable.Range(0, 600).Select(_ => new ConsoleChange(ChangeFeed.Kinds.Account, Guid.NewGuid(), Guid.NewGuid())).ToList();
        using var subscription = serverB.Subscribe(changes =>
        {
            lock (all)
            {
                all.AddRange(changes);
                if (all.Count >= batch.Count)
                    done.TrySetResult();
            }
            return Task.CompletedTask;
        });

        Assert.True(PostgreSqlChangeFeed.Payloads(serverA.Origin, batch).Count() > 1, "600 changes need several notifications");
        serverA.Publish(batch);

        await done.Task.WaitAsync(Patience, Token);
        Assert.Equal(batch.ToHashSet(), all.ToHashSet());
    }

    [Fact]
    public void Payloads_StayUnderPostgreSqlsLimit_AndReadBackAsSent()
    {
        var origin = Guid.NewGuid();
        var batch = Enumerable.Range(0, 1000)
            .Select(i => new ConsoleChange(ChangeFeed.Kinds.Evidence, Guid.NewGuid(), i % 2 == 0 ? Guid.NewGuid() : null)).ToList();

        var payloads = PostgreSqlChangeFeed.Payloads(origin, batch).ToList();

        Assert.All(payloads, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p) < PostgreSqlChangeFeed.MaxPayloadBytes));
        var read = payloads.Select(p => PostgreSqlChangeFeed.Parse(p)!.Value).ToList();
        Assert.All(read, r => Assert.Equal(origin, r.Origin));
        Assert.Equal(batch, read.SelectMany(r => r.Changes));
        Assert.Null(PostgreSqlChangeFeed.Parse("not json"));
        Assert.Null(PostgreSqlChangeFeed.Parse("{\"O\":\"x\",\"C\":[]}"));
    }

    [Fact]
    public async Task AListenerWhoseConnectionIsKilled_Reconnects_TellsItsScreensToReadAgain_AndHearsLaterBatches()
    {
        var (serverA, serverB) = (await StartedFeedAsync(), await StartedFeedAsync());
        var onB = new Received();
        using var subscription = serverB.Subscribe(onB.Handle);

        await using (var admin = new NpgsqlConnection(TestPostgreSql.ConnectionString(_database)))
        {
            await admin.OpenAsync(Token);
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'", admin);
            await kill.ExecuteNonQueryAsync(Token);
        }

        var resync = await onB.Next.WaitAsync(Patience, Token);
        Assert.Equal(PostgreSqlChangeFeed.Resync, resync);
        var later = new ConsoleChange(ChangeFeed.Kinds.Designation, Guid.NewGuid(), Guid.NewGuid());
        // Until B listens again, A's batch could be lost (that is what the resync covers): publish until B hears it.
        var heard = onB.Next;
        while (!heard.IsCompleted)
        {
            serverA.Publish([later]);
            await Task.WhenAny(heard, Task.Delay(500, Token));
        }
        Assert.Contains(later, await heard);
    }

    private async Task<PostgreSqlChangeFeed> StartedFeedAsync()
    {
        var feed = new PostgreSqlChangeFeed(TestPostgreSql.ConnectionString(_database), NullLoggerFactory.Instance);
        _feeds.Add(feed);
        await feed.StartAsync(Token);
        await feed.Listening.WaitAsync(Patience, Token);
        return feed;
    }

    /// <summary>The batches a subscriber received, one awaitable at a time.</summary>
    private sealed class Received
    {
        private readonly Queue<TaskCompletionSource<IReadOnlyList<ConsoleChange>>> _waiting = new();
        private readonly Queue<IReadOnlyList<ConsoleChange>> _arrived = new();
        private readonly Lock _gate = new();

        public int Count { get; private set; }

        public Task<IReadOnlyList<ConsoleChange>> Next
        {
            get
            {
                lock (_gate)
                {
                    if (_arrived.TryDequeue(out var batch))
                        return Task.FromResult(batch);
                    var waiter = new TaskCompletionSource<IReadOnlyList<ConsoleChange>>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _waiting.Enqueue(waiter);
                    return waiter.Task;
                }
            }
        }

        public Task Handle(IReadOnlyList<ConsoleChange> changes)
        {
            lock (_gate)
            {
                Count++;
                if (_waiting.TryDequeue(out var waiter))
                    waiter.TrySetResult(changes);
                else
                    _arrived.Enqueue(changes);
            }
            return Task.CompletedTask;
        }
    }
}
