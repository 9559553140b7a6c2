using Microsoft.Data.Sqlite;
using Npgsql;

namespace CalJobsConsole.App.Data;

/// <summary>
/// A write that lost the wait for the database's lock: on SQLite <c>SQLITE_BUSY</c> (5, "database is locked": another
/// connection held the write lock past the busy timeout) or <c>SQLITE_LOCKED</c> (6); on PostgreSQL a serialization failure
/// (40001) or a deadlock the server broke (40P01). In every case the statement's transaction did not commit: nothing of it is
/// in the database, so the same unit of work may run again. <see cref="ConsoleDbContext"/> runs a save that failed so again
/// (<see cref="SaveRetries"/> times, briefly apart); what still fails reaches the person as <c>ActOutcome.Busy</c>.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>How many more times a save that found the database busy is run (each attempt waits up to the busy timeout).</summary>
    public const int SaveRetries = 2;

    /// <summary>The exception, or one inside it, says the database was busy (see the class).</summary>
    public static bool IsBusy(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return true;
            }
        }
        return false;
    }

    /// <summary>The wait before retry <paramref name="retry"/> (1, 2, …): about 100 ms, then 300 ms, with jitter so writers that collided do not collide again.</summary>
    public static TimeSpan DelayBefore(int retry) =>
        TimeSpan.FromMilliseconds((Math.Pow(3, retry - 1) * 100) * (0.75 + Random.Shared.NextDouble() / 2));
}
