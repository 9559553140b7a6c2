using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data.Audit;

/// <summary>Appends from many contexts at once (as from several app servers) keep one linear chain: no fork, no gap, no failure.</summary>
public class AuditChainConcurrencyTests
{
    private const int Writers = 6;
    private const int SavesEach = 4;

    [Fact]
    public Task Append_WhenManyWritersSaveAtOnceOnSqlite_KeepsOneLinearChain() => AppendConcurrentlyAsync(DatabaseProvider.Sqlite);

    [Fact]
    public Task Append_WhenManyWritersSaveAtOnceOnPostgreSql_KeepsOneLinearChain()
    {
        TestPostgreSql.RequireServer();
        return AppendConcurrentlyAsync(DatabaseProvider.PostgreSql);
    }

    private static async Task AppendConcurrentlyAsync(DatabaseProvider provider)
    {
        await using var fixture = await AuditChainFixture.CreateAsync(0, provider);
        var token = TestContext.Current.CancellationToken;
        using var start = new Barrier(Writers);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            start.SignalAndWait(token);
            for (var save = 0; save < SavesEach; save++)
            {
                await using var db = fixture.Database.CreateDbContext();
                // Two records in one save: both join the chain, one after the other.
                db.Audit(fixture.Clock.Business, null, $"writer-{writer}", "TestEntity", Guid.NewGuid(), null, null, new { save });
                db.Audit(fixture.Clock.Business, null, $"writer-{writer}", "TestEntity", Guid.NewGuid(), null, null, new { save, second = true });
                await db.SaveChangesAsync(token);
            }
        }, token)));

        var report = await fixture.VerifyAsync();
        Assert.True(report.Intact, report.Summary);
        Assert.Equal(Writers * SavesEach * 2, report.RecordsVerified);
        await using var read = fixture.Database.CreateDbContext();
        Assert.Equal(Enumerable.Range(1, Writers * SavesEach * 2).Select(i => (long)i),
            await read.AuditRecords.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(token));
    }
}
