using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Configurations;
using CalJobsConsole.App.Data.PostgreSql;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Data;

/// <summary>
/// The PostgreSQL provider (issue 19) on a real server: its own migrations build the schema of an empty database; the database
/// guards (CAP-1's seat index and check, unique names) refuse and are read from PostgreSQL's SQLSTATE and constraint name; the
/// console starts on it, migrates and seeds. Skipped without a server (<see cref="TestPostgreSql"/>); CI runs them.
/// </summary>
public class PostgreSqlTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_OnAnEmptyPostgreSqlDatabase_AppliesItsOwnMigrationsAndLeavesNothingPending()
    {
        var name = await TestPostgreSql.CreateDatabaseAsync(migrated: false);
        try
        {
            await using var db = new PostgreSqlConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>()
                .UseNpgsql(TestPostgreSql.ConnectionString(name)).Options);

            await db.Database.MigrateAsync(Token);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Token));
            Assert.Equal(0, await db.StaffAccounts.CountAsync(Token));
            Assert.True(db.Database.IsNpgsql());
        }
        finally
        {
            await TestPostgreSql.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task RecordAddition_WhenTwentyFormsRaceOnPostgreSql_SeatsThreeAndRefusesSeventeenWithCap1()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var directorId = Guid.NewGuid();
        var area = Area.Create("Race Local Area", AreaKind.LocalArea);
        area.AppointDirector(directorId, World.Contact("Race Director"));
        await using (var db = database.CreateDbContext())
        {
            db.Areas.Add(area);
            await db.SaveChangesAsync(Token);
        }
        var recorder = new DesignationRecorder(database);
        using var start = new ManualResetEventSlim(false);

        var attempts = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            start.Wait(Token);
            try
            {
                await recorder.RecordAdditionAsync(area.Id, Guid.NewGuid(), World.Contact($"Candidate {i}"), directorId, new DateOnly(2026, 3, 16),
                    Guid.NewGuid(), cancellationToken: Token);
                return "seated";
            }
            catch (BusinessRuleViolationException ex)
            {
                return string.Join(",", ex.Codes);
            }
        }, Token)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        await using var read = database.CreateDbContext();
        var active = await read.Designations.Where(d => d.AreaId == area.Id && d.Status == DesignationStatus.Active).ToListAsync(Token);
        Assert.Equal([1, 2, 3], active.Select(d => d.SeatNumber).Order());
        Assert.Equal(3, outcomes.Count(o => o == "seated"));
        Assert.Equal(17, outcomes.Count(o => o == "CAP-1"));
    }

    [Fact]
    public async Task Guards_OnPostgreSql_AreReadFromTheSqlStateAndTheConstraintName()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var directorId = Guid.NewGuid();
        var area = Area.Create("Guarded Area", AreaKind.LocalArea);
        area.AppointDirector(directorId, World.Contact("Guard Director"));
        area.Designate(Guid.NewGuid(), World.Contact("Holder One"), directorId, new DateOnly(2026, 3, 16), Guid.NewGuid());
        await using (var db = database.CreateDbContext())
        {
            db.Areas.Add(area);
            await db.SaveChangesAsync(Token);
        }

        // A second area of the same name: the unique index on the name.
        await using (var db = database.CreateDbContext())
        {
            db.Areas.Add(Area.Create("Guarded Area", AreaKind.LocalArea));
            var name = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));
            Assert.True(DatabaseConstraint.IsUniqueViolation(name));
            Assert.True(DatabaseConstraint.Violates(name, "IX_Areas_Name"));
            Assert.False(SeatConflict.IsSeatTaken(name));
        }

        // Seat 1 again behind the domain's back (a lost race): the active-seat index.
        await using (var stale = database.CreateDbContext())
        {
            var staleArea = await stale.Areas.Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Removed))
                .SingleAsync(a => a.Id == area.Id, Token);
            staleArea.Designate(Guid.NewGuid(), World.Contact("Holder Two"), directorId, new DateOnly(2026, 3, 16), Guid.NewGuid());
            var seat = await Assert.ThrowsAsync<DbUpdateException>(() => stale.SaveChangesAsync(Token));
            Assert.True(SeatConflict.IsSeatTaken(seat));
            Assert.False(SeatConflict.IsBeyondCap(seat));
        }

        // A fourth MIS seat written past the domain: the CAP-1 check constraint.
        await using (var db = database.CreateDbContext())
        {
            var holder = await db.Designations.SingleAsync(d => d.AreaId == area.Id, Token);
            db.Entry(holder).Property(d => d.SeatNumber).CurrentValue = 4;
            var cap = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));
            Assert.True(SeatConflict.IsBeyondCap(cap));
            Assert.False(SeatConflict.IsSeatTaken(cap));
        }
    }

    [Fact]
    public async Task Console_OnPostgreSql_StartsOnAnEmptyDatabaseMigratesSeedsAndServesTheSignInPage()
    {
        TestPostgreSql.RequireServer();
        var name = await TestPostgreSql.CreateDatabaseAsync(migrated: false);
        try
        {
            await using (var factory = new TestAppFactory(settings: new Dictionary<string, string?>
            {
                ["CalJobs:Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:PostgreSql"] = TestPostgreSql.ConnectionString(name),
            }))
            {
                using var client = factory.CreateClient();
                var response = await client.GetAsync("/Account/Login", Token);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                using var scope = factory.Services.CreateScope();
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
                Assert.IsType<PostgreSqlConsoleDbContext>(db);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
                // Development seeds the demo data: every aggregate written and read back through PostgreSQL.
                Assert.True(await db.StaffAccounts.CountAsync(Token) > 0);
                var groups = await db.PrivilegeGroups.Select(g => g.Name).ToListAsync(Token);
                Assert.Empty(CalJobsConsole.Domain.Privileges.DirectivePrivilegeGroups.Create().Select(g => g.Name).Except(groups));
            }
        }
        finally
        {
            await TestPostgreSql.DropDatabaseAsync(name);
        }
    }
}
