using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace CalJobsConsole.App.Live;

/// <summary>
/// The change feed across app servers (issue 19): a batch saved here goes to this server's screens at once, as the
/// in-process feed does, and to every other server through PostgreSQL's <c>NOTIFY</c> on <see cref="Channel"/>; each server
/// <c>LISTEN</c>s on one connection of its own and hands what the others sent to its screens. PostgreSQL delivers a
/// notification to every listening session within milliseconds of the sending one, in order; the payload holds only the
/// change's kind, id and area (<see cref="ConsoleChange"/>), never data. Sending runs on a queue of its own, so a save never
/// waits for it; a server whose listening connection drops reconnects and then tells its screens to read again once
/// (<see cref="Resync"/>), since what was sent meanwhile is lost.
/// </summary>
public sealed class PostgreSqlChangeFeed(string connectionString, ILoggerFactory loggers) : BackgroundService, IChangeFeed
{
    /// <summary>The notification channel every app server of one database listens on.</summary>
    public const string Channel = "caljobs_changes";

    /// <summary>PostgreSQL refuses a payload of 8000 bytes or more: a larger batch goes in several notifications.</summary>
    public const int MaxPayloadBytes = 7000;

    private static readonly TimeSpan[] ReconnectDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private readonly ILogger _logger = loggers.CreateLogger<PostgreSqlChangeFeed>();
    private readonly InProcessChangeFeed _local = new(loggers.CreateLogger<InProcessChangeFeed>());
    private readonly Channel<IReadOnlyList<ConsoleChange>> _outgoing =
        System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<ConsoleChange>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>This server's mark on what it sends, so it does not deliver its own notifications twice.</summary>
    public Guid Origin { get; } = Guid.NewGuid();

    /// <summary>Completes once this server listens (tests wait for it before saving on another server).</summary>
    public Task Listening => _listening.Task;

    public void Publish(IReadOnlyList<ConsoleChange> changes)
    {
        if (changes.Count == 0)
            return;
        _local.Publish(changes);
        _outgoing.Writer.TryWrite(changes);
    }

    public IDisposable Subscribe(Func<IReadOnlyList<ConsoleChange>, Task> handler) => _local.Subscribe(handler);

    /// <summary>One change of every kind in no area: every live screen reads again once.</summary>
    public static IReadOnlyList<ConsoleChange> Resync { get; } =
        typeof(ChangeFeed.Kinds).GetFields().Select(f => new ConsoleChange((string)f.GetValue(null)!, Guid.Empty, null)).ToList();

    /// <summary>The notifications a batch goes out in: each under <see cref="MaxPayloadBytes"/>.</summary>
    public static IEnumerable<string> Payloads(Guid origin, IReadOnlyList<ConsoleChange> changes)
    {
        var chunk = new List<string[]>();
        var size = 0;
        foreach (var change in changes)
        {
            var entry = new[] { change.Kind, change.Id.ToString("N"), change.AreaId?.ToString("N") ?? "" };
            var entrySize = entry.Sum(e => e.Length) + 12;
            if (chunk.Count > 0 && size + entrySize > MaxPayloadBytes - 64)
            {
                yield return Serialize(origin, chunk);
                (chunk, size) = ([], 0);
            }
            chunk.Add(entry);
            size += entrySize;
        }
        if (chunk.Count > 0)
            yield return Serialize(origin, chunk);
    }

    /// <summary>The sender and changes of a payload; null for one this feed did not write.</summary>
    public static (Guid Origin, IReadOnlyList<ConsoleChange> Changes)? Parse(string payload)
    {
        try
        {
            var message = JsonSerializer.Deserialize<Message>(payload);
            if (message is null || !Guid.TryParse(message.O, out var origin) || message.C is null)
                return null;
            var changes = message.C
                .Where(c => c is { Length: 3 } && Guid.TryParse(c[1], out _))
                .Select(c => new ConsoleChange(c[0], Guid.Parse(c[1]), Guid.TryParse(c[2], out var area) ? area : null))
                .ToList();
            return (origin, changes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sender = SendAsync(stoppingToken);
        await ListenAsync(stoppingToken);
        await sender;
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var everConnected = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString(connectionString));
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (everConnected)
                {
                    _logger.LogInformation("Listening for other servers' changes again; every live screen reads again once.");
                    _local.Publish(Resync);
                }
                (everConnected, failures) = (true, 0);
                _listening.TrySetResult();
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = ReconnectDelays[Math.Min(failures++, ReconnectDelays.Length - 1)];
                _logger.LogWarning(ex, "The change feed lost its PostgreSQL listener; reconnecting in {Delay}.", delay);
                try
                {
                    // The real clock: a reconnection wait is plumbing, not business time (test hosts run a frozen clock).
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(string payload)
    {
        if (Parse(payload) is not { } message)
        {
            _logger.LogWarning("A notification on {Channel} was not a change batch; ignored.", Channel);
            return;
        }
        if (message.Origin != Origin && message.Changes.Count > 0)
            _local.Publish(message.Changes);
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var changes in _outgoing.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await NotifyAsync(changes, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The save is committed; other servers' screens show it at their next read. Say so, never fail the save.
                    _logger.LogWarning(ex, "{Count} change(s) could not be sent to the other servers.", changes.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task NotifyAsync(IReadOnlyList<ConsoleChange> changes, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var payload in Payloads(Origin, changes))
        {
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The listener's own connection: unpooled (it lives as long as the server) and kept alive through idle firewalls.</summary>
    private static string ListenerConnectionString(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ToString();

    private static string Serialize(Guid origin, List<string[]> changes) =>
        JsonSerializer.Serialize(new Message(origin.ToString("N"), changes.ToArray()));

    private sealed record Message(string O, string[][] C);
}
