using CalJobsConsole.App.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data;

/// <summary>
/// At start, before the console answers requests: applies pending migrations and turns on WAL mode. A database
/// file that cannot be opened stops the console with its path and the reason.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<ConsoleDbContext> contexts, DataDirectory data,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = data.File(DatabaseServices.DatabaseFileName);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            // WAL lets readers go on while one writer writes; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch (SqliteException ex)
        {
            logger.LogCritical("The database {Path} cannot be opened: {Reason}. The console stops.", path, ex.Message);
            throw new DatabaseUnavailableException(path, ex.Message, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The database cannot be opened or migrated: names the file and the reason.</summary>
public sealed class DatabaseUnavailableException(string path, string reason, Exception inner)
    : Exception($"The database {path} cannot be opened: {reason}", inner)
{
    public string DatabasePath { get; } = path;
}
