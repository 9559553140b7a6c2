using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.PostgreSql;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Model_WhenComparedWithTheMigrations_HasNoChangesTheyDoNotCapture()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model has changes no SQLite migration captures: run `dotnet ef migrations add <Name> --context ConsoleDbContext --project CalJobsConsole.App --output-dir Data/Migrations`.");
    }

    [Fact]
    public void Model_OnPostgreSql_HasNoChangesItsMigrationsDoNotCapture()
    {
        // No server needed: the model is compared with PostgreSQL's migration snapshot, both built for Npgsql.
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model has changes no PostgreSQL migration captures: run `dotnet ef migrations add <Name> --context PostgreSqlConsoleDbContext " +
            "--project CalJobsConsole.App --output-dir Data/PostgreSql/Migrations`.");
    }

    [Fact]
    public void MigrationSets_KeepToTheirOwnProvider()
    {
        using var sqlite = new DesignTimeDbContextFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        var sqliteSet = sqlite.Database.GetMigrations().ToList();
        var postgreSqlSet = postgreSql.Database.GetMigrations().ToList();

        Assert.Contains(sqliteSet, m => m.EndsWith("_StaffAccountPerson", StringComparison.Ordinal));
        Assert.Contains(postgreSqlSet, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(sqliteSet.Intersect(postgreSqlSet));
    }

    [Fact]
    public async Task Migrate_WhenTheFileIsNew_AppliesEveryMigrationAndTurnsOnWal()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
