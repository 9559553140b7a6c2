using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CalJobsConsole.Tests.Data.Audit;

/// <summary>A test database with a short audit trail, and the raw SQL a tamperer with database access would run on it.</summary>
public sealed class AuditChainFixture(TestDatabase database, TestClock clock) : IAsyncDisposable
{
    public TestDatabase Database { get; } = database;

    public TestClock Clock { get; } = clock;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<AuditChainFixture> CreateAsync(int records, DatabaseProvider? provider = null)
    {
        var fixture = new AuditChainFixture(await TestDatabase.CreateAsync(provider ?? TestDatabase.DefaultProvider), new TestClock(World.StartDate));
        for (var i = 0; i < records; i++)
            await fixture.AppendAsync($"test.action-{i}", before: i % 2 == 0 ? null : new { Note = $"before {i}" }, after: new { Note = $"after {i}" });
        return fixture;
    }

    public async Task AppendAsync(string action, object? before = null, object? after = null)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        await using var db = Database.CreateDbContext();
        db.Audit(Clock.Business, Guid.NewGuid(), action, "TestEntity", Guid.NewGuid(), Guid.NewGuid(), before, after, Guid.NewGuid());
        await db.SaveChangesAsync(Token);
    }

    public async Task<AuditChainReport> VerifyAsync() => await new AuditChainVerifier(Database).VerifyAsync(Token);

    public async Task<AuditRecord> RecordAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == id, Token);
    }

    public async Task ExecuteAsync(FormattableString sql)
    {
        await using var db = Database.CreateDbContext();
        await db.Database.ExecuteSqlAsync(sql, Token);
    }

    public async Task ExecuteRawAsync(string sql)
    {
        await using var db = Database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, Token);
    }

    /// <summary>Moves the records from <paramref name="id"/> on one place up, as a forger making room in the middle would.</summary>
    public async Task MakeRoomAtAsync(long id)
    {
        await ExecuteAsync($"UPDATE \"AuditRecords\" SET \"Id\" = -\"Id\" WHERE \"Id\" >= {id}");
        await ExecuteAsync($"UPDATE \"AuditRecords\" SET \"Id\" = 1 - \"Id\" WHERE \"Id\" < 0");
    }

    /// <summary>
    /// A forged record inserted with raw SQL. A careful forger links it to the record before and gives it a correct hash (the
    /// algorithm is public); a careless one leaves a made-up hash.
    /// </summary>
    public async Task ForgeAsync(long id, string previousHash, bool correctHash)
    {
        var (at, actor, entity, area, request) = (Clock.UtcNow, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string action = "role.granted";
        const string after = """{"Role":"Operations Unit"}""";
        var hash = correctHash
            ? AuditHash.Of(id, at, actor, action, "ConsoleUser", entity, area, request, null, after, previousHash)
            : new string('a', 64);
        var storedAt = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
        await ExecuteAsync($"""
            INSERT INTO "AuditRecords" ("Id", "At", "ActorId", "Action", "EntityType", "EntityId", "AreaId", "RequestId", "Before", "After", "ContentHash", "PreviousHash")
            VALUES ({id}, {storedAt}, {actor}, {action}, {"ConsoleUser"}, {entity}, {area}, {request}, NULL, {after}, {hash}, {previousHash})
            """);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
