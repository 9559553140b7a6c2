using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

/// <summary>The audit trail keeps who, what, when, before and after, and refuses to be rewritten.</summary>
public class AuditTrailTests
{
    private readonly TestClock _clock = new(World.StartDate);

    [Fact]
    public async Task Audit_WhenSavedWithAChange_KeepsWhoWhatWhenBeforeAndAfter()
    {
        await using var database = await TestDatabase.CreateAsync();
        var actor = Guid.NewGuid();
        var entity = Guid.NewGuid();
        await using (var db = database.CreateDbContext())
        {
            db.Audit(_clock.Business, actor, "privilege-group.changed", "PrivilegeGroup", entity, null, new { Privileges = new[] { "A" } }, new { Privileges = new[] { "A", "B" } });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.CreateDbContext();
        var record = await read.AuditRecords.SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(actor, record.ActorId);
        Assert.Equal("privilege-group.changed", record.Action);
        Assert.Equal(entity, record.EntityId);
        Assert.Equal(_clock.UtcNow, record.At);
        Assert.Equal("""{"Privileges":["A"]}""", record.Before);
        Assert.Equal("""{"Privileges":["A","B"]}""", record.After);
    }

    [Fact]
    public async Task SaveChanges_WhenAnAuditRecordIsDeletedOrChanged_Refuses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            db.Audit(_clock.Business, null, "area.created", "Area", Guid.NewGuid(), null, null, new { Name = "X" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var rewrite = database.CreateDbContext();
        var record = await rewrite.AuditRecords.SingleAsync(TestContext.Current.CancellationToken);
        rewrite.AuditRecords.Remove(record);

        await Assert.ThrowsAsync<InvalidOperationException>(() => rewrite.SaveChangesAsync(TestContext.Current.CancellationToken));
    }
}
