using CalJobsConsole.App.Data;
using CalJobsConsole.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Data;

/// <summary>The test-only query guard (issue 17): more than 500 rows, or an IN list of more than 100 parameters, fails the test.</summary>
public class QueryGuardTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Filled with SQLite's SQL (RowClones): the guard itself is provider-neutral, an interceptor on the command.
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var world = new World();
        await StoredWorld.CreateAsync(_database, world);
        var (_, account) = await StoredAccounts.CreateAsync(_database, world, world.NewAccountForm(), "template.account");
        await using var connection = new SqliteConnection(DatabaseServices.ConnectionString(_database.Path));
        await connection.OpenAsync(Token);
        await using var transaction = connection.BeginTransaction();
        await new RowClones(connection, transaction).CloneAsync("StaffAccounts", account.Id.ToString().ToUpperInvariant(), QueryGuard.RowLimit,
            new() { ["Id"] = RowClones.Id('E'), ["Username"] = "printf('clone%04d', n)" });
        await transaction.CommitAsync(Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Query_WhenItReadsMoreThanTheRowLimit_FailsNamingTheLimitAndTheQuery()
    {
        await using var db = _database.CreateDbContext();

        var refused = await Assert.ThrowsAsync<QueryGuardException>(() => db.StaffAccounts.AsNoTracking().Select(a => a.Username).ToListAsync(Token));

        Assert.Contains("more than 500 rows", refused.Message);
        Assert.Contains("FROM \"StaffAccounts\"", refused.Message);
    }

    [Fact]
    public async Task Query_WhenItReadsUpToTheRowLimit_Passes()
    {
        await using var db = _database.CreateDbContext();

        var names = await db.StaffAccounts.AsNoTracking().OrderBy(a => a.Username).Select(a => a.Username).Take(QueryGuard.RowLimit).ToListAsync(Token);

        Assert.Equal(QueryGuard.RowLimit, names.Count);
    }

    [Fact]
    public async Task Query_WhenTaggedRowLimitExempt_ReadsEveryRow()
    {
        await using var db = _database.CreateDbContext();

        var names = await db.StaffAccounts.AsNoTracking().TagWith("row-limit-exempt: the guard's own test").Select(a => a.Username).ToListAsync(Token);

        Assert.Equal(QueryGuard.RowLimit + 1, names.Count);
    }

    [Fact]
    public async Task Contains_WhenTheListBuiltInMemoryHoldsMoreThanTheInListLimit_FailsNamingTheLimit()
    {
        await using var db = _database.CreateDbContext();
        var ids = await db.StaffAccounts.Select(a => a.Id).Take(QueryGuard.InListLimit + 1).ToListAsync(Token);

        var refused = await Assert.ThrowsAsync<QueryGuardException>(() => db.StaffAccounts.CountAsync(a => ids.Contains(a.Id), Token));

        Assert.Contains("limit 100", refused.Message);
        Assert.Contains("IN list", refused.Message);
    }

    [Fact]
    public async Task Contains_WhenTheListIsShort_Passes()
    {
        await using var db = _database.CreateDbContext();
        var ids = await db.StaffAccounts.Select(a => a.Id).Take(20).ToListAsync(Token);

        Assert.Equal(20, await db.StaffAccounts.CountAsync(a => ids.Contains(a.Id), Token));
    }

    [Fact]
    public async Task TestAppFactory_WhenTheAppMakesAContext_RunsItUnderTheGuard()
    {
        await using var app = new TestAppFactory("Production");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors ?? [];

        Assert.Contains(QueryGuard.Instance, interceptors);
        Assert.Contains(interceptors, i => i is CalJobsConsole.App.Live.ChangeFeedInterceptor);
    }
}
