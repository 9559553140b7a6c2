namespace CalJobsConsole.App.Live;

/// <summary>
/// One saved change a screen may be showing: what kind of thing changed (<see cref="ChangeFeed.Kinds"/>), which one, and
/// the area it belongs to when it has one — enough for a screen to decide whether to read again, never the data itself
/// (each screen reads through its service, with the reader's own scope).
/// </summary>
public sealed record ConsoleChange(string Kind, Guid Id, Guid? AreaId);

/// <summary>
/// The console's change feed: saved changes go out to every subscriber in this process. Behind an interface so a
/// cross-server feed (e.g. PostgreSQL LISTEN/NOTIFY or a message bus) can replace it when the console runs on several servers.
/// </summary>
public interface IChangeFeed
{
    /// <summary>Sends a batch of saved changes to every subscriber; never throws for a subscriber's failure.</summary>
    void Publish(IReadOnlyList<ConsoleChange> changes);

    /// <summary>Calls <paramref name="handler"/> with each later batch until the returned subscription is disposed.</summary>
    IDisposable Subscribe(Func<IReadOnlyList<ConsoleChange>, Task> handler);
}
