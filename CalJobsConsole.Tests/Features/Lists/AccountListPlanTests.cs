using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Configurations;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>
/// The accounts list and the suspensions desk read their default sort (staff name, then id) in index order (issue 17): the
/// first page's plan walks <see cref="StaffAccountConfiguration.ByStaffNameIndex"/> and sorts nothing, and the desk counts its
/// open accounts over <see cref="StaffAccountConfiguration.OpenByStatusIndex"/>. SQLite plans without
/// statistics here (nothing runs ANALYZE), so the plan on a few rows is the plan on 100,000.
/// </summary>
public class AccountListPlanTests : AccountListTestBase
{
    /// <summary>These read SQLite's query plans (EXPLAIN QUERY PLAN), which are SQLite's own; PostgreSQL plans its own way.</summary>
    protected override CalJobsConsole.App.Data.DatabaseProvider Provider => CalJobsConsole.App.Data.DatabaseProvider.Sqlite;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FirstPage_WhenSortedByName_WalksTheByStaffNameIndexWithoutSorting(bool openOnly)
    {
        await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => World.CreateAccount()));
        var scope = await SignedIn.ScopeFor(Database, Stored.OperationsUnitUserId).RequireOperationsUnitAsync(Token);
        var query = new AccountListQuery(new AccountListFilter(), openOnly);
        await using var db = Database.CreateDbContext();

        var plan = await PlanAsync(db, query.Build(db, scope, ListClock.Business).Skip(0).Take(ListText.PageSize));

        Assert.Contains(plan, step => step.StartsWith("SCAN") && step.EndsWith($"INDEX {StaffAccountConfiguration.ByStaffNameIndex}"));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
    }

    [Fact]
    public async Task OpenCount_WhenTheSuspensionsDeskCountsItsAccounts_ScansOnlyTheOpenByStatusIndex()
    {
        await StoreAllAsync(Enumerable.Range(0, 30).Select(_ => World.CreateAccount()));
        var scope = await SignedIn.ScopeFor(Database, Stored.OperationsUnitUserId).RequireOperationsUnitAsync(Token);
        var query = new AccountListQuery(new AccountListFilter(), openOnly: true);
        var contexts = new CapturingContextFactory(Database);
        await using var db = contexts.CreateDbContext();

        await query.Build(db, scope, ListClock.Business).ToListPageAsync(query.Page, cancellationToken: Token);

        var count = Assert.Single(contexts.Commands, c => c.Contains("COUNT(*)"));
        var plan = await PlanAsync(db, count);
        Assert.Equal([$"SCAN s USING COVERING INDEX {StaffAccountConfiguration.OpenByStatusIndex}"], plan);
    }

    /// <summary>SQLite's EXPLAIN QUERY PLAN of the command EF sends for <paramref name="query"/>, one line a step.</summary>
    private static async Task<IReadOnlyList<string>> PlanAsync<T>(ConsoleDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        return await PlanAsync(db, command);
    }

    /// <summary>The plan of a command without parameters, as it was captured.</summary>
    private static async Task<IReadOnlyList<string>> PlanAsync(ConsoleDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync(Token);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await PlanAsync(db, command);
    }

    private static async Task<IReadOnlyList<string>> PlanAsync(ConsoleDbContext db, System.Data.Common.DbCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync(Token);
        await using var reader = await command.ExecuteReaderAsync(Token);
        var steps = new List<string>();
        while (await reader.ReadAsync(Token))
            steps.Add(reader.GetString(3));
        return steps;
    }
}
