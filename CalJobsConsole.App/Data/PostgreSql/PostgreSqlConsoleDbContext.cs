using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// The console's context on PostgreSQL. The same model; its own type only so that EF Core keeps PostgreSQL's migrations
/// (<c>Data/PostgreSql/Migrations</c>) apart from SQLite's (<c>Data/Migrations</c>): migrations are provider-specific, and EF
/// picks the set whose <c>[DbContext]</c> names the context's exact type. Services ask for <see cref="ConsoleDbContext"/> and get
/// this one when <c>CalJobs:Database:Provider</c> is <c>PostgreSql</c> (<see cref="ConsoleDbContextFactory"/>).
/// </summary>
public sealed class PostgreSqlConsoleDbContext(DbContextOptions<ConsoleDbContext> options) : ConsoleDbContext(options);
