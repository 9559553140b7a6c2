using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data;

/// <summary>
/// At start, before the console answers requests: applies pending migrations and turns on WAL mode, then, in
/// Development only, seeds the demo data into an empty database; in every environment it makes sure the directive's privilege
/// groups are in the catalogue. A database file that cannot be opened stops the
/// console with its path and the reason.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<ConsoleDbContext> contexts, DataDirectory data, IHostEnvironment environment,
    IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        if (environment.IsDevelopment())
            await SeedDemoDataAsync(cancellationToken);
        await EnsureDirectiveCatalogueAsync(cancellationToken);
    }

    /// <summary>
    /// The 14 privilege groups WSD24-13 defines, with who may grant each (GRP-1, GRP-2), in every environment: they are the
    /// directive's reference data, not demo data, and without them no administrator could grant anything on a new installation
    /// (issue 18). A group missing by name is added; nothing else is seeded outside Development.
    /// </summary>
    public async Task EnsureDirectiveCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var present = (await db.PrivilegeGroups.Select(g => g.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Domain.Privileges.DirectivePrivilegeGroups.Create().Where(g => !present.Contains(g.Name)).ToList();
        if (missing.Count == 0)
            return;
        db.PrivilegeGroups.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added the directive's {Count} privilege group(s) to the catalogue.", missing.Count);
    }

    /// <summary>
    /// Applies pending migrations — the provider's own set — also called by commands that run without the web server. A database
    /// that cannot be opened or reached stops the console naming the SQLite file, or the PostgreSQL host and database (never a
    /// password), and the reason.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var where = db.Database.IsSqlite() ? data.File(DatabaseServices.DatabaseFileName) : PostgreSqlDatabaseName(db);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            // WAL lets readers go on while one writer writes; the setting stays with the file.
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // The audit trail's hash chain starts here on a new or upgraded database (chaining the records already there).
            await Audit.AuditChain.EnsureStartedAsync(db, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or Npgsql.NpgsqlException or InvalidOperationException { InnerException: Npgsql.NpgsqlException })
        {
            var reason = (ex is InvalidOperationException ? ex.InnerException! : ex).Message.TrimEnd('.');
            logger.LogCritical("The database {Path} cannot be opened: {Reason}. The console stops.", where, reason);
            throw new DatabaseUnavailableException(where, reason, ex);
        }
    }

    private static string PostgreSqlDatabaseName(ConsoleDbContext db)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return $"{builder.Database} on the PostgreSQL server {builder.Host}:{builder.Port}";
    }

    private async Task SeedDemoDataAsync(CancellationToken cancellationToken)
    {
        // The seeder works through Identity's scoped managers, so it lives in a scope of its own.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The database cannot be opened or migrated: names the file and the reason.</summary>
public sealed class DatabaseUnavailableException(string path, string reason, Exception inner)
    : Exception($"The database {path} cannot be opened: {reason}", inner)
{
    public string DatabasePath { get; } = path;
}
