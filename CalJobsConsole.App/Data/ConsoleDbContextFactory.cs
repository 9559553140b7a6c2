using CalJobsConsole.App.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Data;

/// <summary>
/// A context per operation, of the provider's type: <see cref="ConsoleDbContext"/> on SQLite, <see cref="PostgreSqlConsoleDbContext"/>
/// on PostgreSQL (whose migrations are its own). The options were built for the provider by <see cref="DatabaseServices"/>.
/// </summary>
public sealed class ConsoleDbContextFactory(DbContextOptions<ConsoleDbContext> options, IOptions<DatabaseOptions> database)
    : IDbContextFactory<ConsoleDbContext>
{
    public ConsoleDbContext CreateDbContext() => Create(options, database.Value.Provider);

    public static ConsoleDbContext Create(DbContextOptions<ConsoleDbContext> options, DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? new PostgreSqlConsoleDbContext(options) : new ConsoleDbContext(options);
}
