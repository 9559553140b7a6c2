using System.Net;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.PostgreSql;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace CalJobsConsole.Tests.Data;

/// <summary>
/// <c>copy-to-postgresql</c> as an operator runs it (docs/moving-to-postgresql.md): the data folder's database copied, every
/// table's counts printed, then the console started on PostgreSQL where a demo user signs in; refusals (exit 2) and failures
/// (exit 1) write nothing. Needs the PostgreSQL test server (<see cref="TestPostgreSql"/>), except the usage checks.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class CopyToPostgreSqlCommandTests : IAsyncDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("caljobs-copy-data-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private string? _target;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_OnTheDataFoldersDatabase_PrintsEveryTablesRowsOnBothSidesAndExitsZero()
    {
        await DemoSqliteDatabase.CopyToAsync(_dataFolder);
        var target = await NewTargetAsync(migrated: false);

        var exitCode = await Command(TestPostgreSql.ConnectionString(target)).RunAsync([], Token);

        Assert.True(exitCode == 0, _output + "\n" + _errors);
        var output = _output.ToString();
        Assert.Matches(@"(?m)^table\s+sqlite\s+postgresql\s+ok\r?$", output);
        await using var postgreSql = Target(target);
        foreach (var (table, rows) in await StoredTables.CountsAsync(postgreSql))
            Assert.Matches($@"(?m)^{table}\s+{rows}\s+{rows}\s+ok\r?$", output);
        Assert.Contains("Next: set CalJobs:Database:Provider to PostgreSql", output);
        Assert.Equal("", _errors.ToString());
    }

    [Fact]
    public async Task Run_ThenStartingTheConsoleOnPostgreSql_ServesTheCopiedDataAndADemoUserSignsIn()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_dataFolder);
        var target = await NewTargetAsync(migrated: false);
        Assert.Equal(0, await Command(TestPostgreSql.ConnectionString(target), provider: "PostgreSql").RunAsync([], Token));
        Assert.Contains("CalJobs:Database:Provider is PostgreSql: start the console.", _output.ToString());
        await using var sqlite = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DemoSqliteDatabase.ConnectionString(source)).Options);
        var copied = await StoredTables.CountsAsync(sqlite);

        await using (var console = new TestAppFactory(settings: new Dictionary<string, string?>
        {
            ["CalJobs:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = TestPostgreSql.ConnectionString(target),
        }))
        {
            using var client = console.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var signIn = await SignInForm.PostAsync(client, DemoSignIns.OperationsUnit, DemoSignIns.Password);

            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("http://localhost/", signIn.Headers.Location?.OriginalString);
            var home = await client.GetAsync("/", Token);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
        // Development's start found the copied demo and seeded nothing over it.
        await using var postgreSql = Target(target);
        var after = await StoredTables.CountsAsync(postgreSql);
        Assert.Equal(copied["Areas"], after["Areas"]);
        Assert.Equal(copied["AspNetUsers"], after["AspNetUsers"]);
        Assert.Equal(copied["StaffAccounts"], after["StaffAccounts"]);
    }

    [Fact]
    public async Task Run_IntoADatabaseWithRows_RefusesWithExitCode2NamingTheTableAndChangesNothing()
    {
        await DemoSqliteDatabase.CopyToAsync(_dataFolder);
        var target = await NewTargetAsync(migrated: true);
        await using (var db = Target(target))
        {
            db.Areas.Add(Area.Create("Already Live", AreaKind.LocalArea));
            await db.SaveChangesAsync(Token);
        }

        var exitCode = await Command(TestPostgreSql.ConnectionString(target)).RunAsync([], Token);

        Assert.Equal(CopyToPostgreSqlCommand.Refused, exitCode);
        Assert.Contains("already holds rows in Areas (1)", _errors.ToString());
        Assert.Contains("Nothing was written.", _errors.ToString());
        await using var postgreSql = Target(target);
        Assert.All(await StoredTables.CountsAsync(postgreSql), count => Assert.Equal(count.Key == "Areas" ? 1 : 0, count.Value));
    }

    [Fact]
    public async Task Run_FromADatabaseAnOlderVersionMigrated_RefusesWithExitCode2AndLeavesTheTargetUntouched()
    {
        var older = Path.Combine(Directory.CreateDirectory(Path.Combine(_dataFolder, "older")).FullName, "older.db");
        string notApplied;
        await using (var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DemoSqliteDatabase.ConnectionString(older)).Options))
        {
            notApplied = db.Database.GetMigrations().Last();
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().SkipLast(1).Last(), cancellationToken: Token);
        }
        var target = await NewTargetAsync(migrated: false);

        var exitCode = await Command(TestPostgreSql.ConnectionString(target)).RunAsync(["--from", older], Token);

        Assert.Equal(CopyToPostgreSqlCommand.Refused, exitCode);
        Assert.Contains(notApplied, _errors.ToString());
        Assert.Contains("start the console once on SQLite first", _errors.ToString());
        await using var postgreSql = Target(target);
        Assert.Empty(await postgreSql.Database.GetAppliedMigrationsAsync(Token));
    }

    [Fact]
    public async Task Run_WhenTheDatabaseDoesNotExistYet_CreatesItAsTheConsoleWouldAndCopies()
    {
        await DemoSqliteDatabase.CopyToAsync(_dataFolder);
        _target = "caljobs_test_" + Guid.NewGuid().ToString("N"); // not created: EF Core's migrator creates it (and Dispose drops it)

        var exitCode = await Command(TestPostgreSql.ConnectionString(_target)).RunAsync([], Token);

        Assert.True(exitCode == 0, _output + "\n" + _errors);
        await using var postgreSql = Target(_target);
        Assert.True(await postgreSql.StaffAccounts.AnyAsync(Token));
    }

    [Fact]
    public async Task Run_WhenTheServerCannotBeReached_FailsWithExitCode1NamingItButNotThePassword()
    {
        await DemoSqliteDatabase.CopyToAsync(_dataFolder);
        var nobody = TestAppFactory.FreeLoopbackPort();
        var connection = $"Host=127.0.0.1;Port={nobody};Database=caljobs;Username=caljobs;Password=Not-In-Any-Message-42;Timeout=5";

        var exitCode = await Command(connection).RunAsync([], Token);

        Assert.Equal(CopyToPostgreSqlCommand.Failed, exitCode);
        Assert.Contains($"caljobs on the PostgreSQL server 127.0.0.1:{nobody} cannot be opened", _errors.ToString());
        Assert.DoesNotContain("Not-In-Any-Message-42", _output.ToString() + _errors.ToString());
    }

    [Fact]
    public async Task Run_WithoutAConnectionString_RefusesWithExitCode2NamingTheSetting()
    {
        var exitCode = await Command(connectionString: null).RunAsync([], Token);

        Assert.Equal(CopyToPostgreSqlCommand.Refused, exitCode);
        Assert.Contains("ConnectionStrings:PostgreSql is not set", _errors.ToString());
    }

    [Theory]
    [InlineData("--from")]
    [InlineData("--into", "x")]
    [InlineData("caljobs.db")]
    public async Task Run_WithArgumentsItDoesNotKnow_PrintsTheUsageAndExitsWith2(params string[] arguments)
    {
        var exitCode = await Command("Host=127.0.0.1;Database=unused").RunAsync(arguments, Token);

        Assert.Equal(CopyToPostgreSqlCommand.Refused, exitCode);
        Assert.StartsWith("Usage: copy-to-postgresql [--from <path to caljobs.db>]", _errors.ToString());
    }

    [Fact]
    public void IsRequested_ByItsNameFirst_IsTrue()
    {
        Assert.True(CopyToPostgreSqlCommand.IsRequested(["copy-to-postgresql", "--from", "x.db"]));
        Assert.False(CopyToPostgreSqlCommand.IsRequested(["import", "copy-to-postgresql"]));
    }

    private CopyToPostgreSqlCommand Command(string? connectionString, string provider = "Sqlite") =>
        new(new DataDirectory(_dataFolder), new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PostgreSql"] = connectionString,
            ["CalJobs:Database:Provider"] = provider,
        }).Build(), _output, _errors);

    private async Task<string> NewTargetAsync(bool migrated) => _target = await TestPostgreSql.CreateDatabaseAsync(migrated);

    private static PostgreSqlConsoleDbContext Target(string database) =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(TestPostgreSql.ConnectionString(database)).Options);

    public async ValueTask DisposeAsync()
    {
        if (_target is not null)
            await TestPostgreSql.DropDatabaseAsync(_target);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
