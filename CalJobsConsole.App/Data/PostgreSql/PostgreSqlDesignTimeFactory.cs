using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --context PostgreSqlConsoleDbContext --output-dir Data/PostgreSql/Migrations</c> build
/// PostgreSQL's model without a server or the host. Add every model change to both sets (MigrationsInStepTests checks).
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlConsoleDbContext>
{
    public PostgreSqlConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql("Host=localhost;Database=caljobs_design_time").Options);
}
