using CalJobsConsole.App.Data;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Model_WhenComparedWithTheMigrations_HasNoChangesTheyDoNotCapture()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model has changes no migration captures: run `dotnet ef migrations add <Name> --project CalJobsConsole.App --output-dir Data/Migrations`.");
    }

    [Fact]
    public async Task Migrate_WhenTheFileIsNew_AppliesEveryMigrationAndTurnsOnWal()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
