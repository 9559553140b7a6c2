using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

/// <summary>Optimistic concurrency, one way: a Version the context advances on every save of a changed row (see <see cref="Versioning"/>).</summary>
public class VersioningTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<Type> Versioned => new(
        typeof(StaffAccount), typeof(DesignationForm), typeof(Area), typeof(AdministratorDesignation), typeof(Designee), typeof(Office),
        typeof(Escalation), typeof(PrivilegeGroup), typeof(Privilege), typeof(AccessRequest), typeof(DataChangeRequest), typeof(IssueReport),
        typeof(MonitoringReview), typeof(OfficeCheckInSetup));

    [Theory]
    [MemberData(nameof(Versioned))]
    public async Task Model_ForEveryRecordTwoWritersCanChangeAtOnce_HasAVersionConcurrencyToken(Type type)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var version = db.Model.FindEntityType(type)!.FindProperty(Versioning.PropertyName);

        Assert.NotNull(version);
        Assert.True(version.IsConcurrencyToken);
        Assert.Equal(typeof(int), version.ClrType);
    }

    [Fact]
    public async Task SaveChanges_WhenARowChangedSinceThisContextReadIt_RefusesAndKeepsTheOtherChange()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = (await StoredWorld.CreateAsync(database)).World;
        var (_, created) = await StoredAccounts.CreateAsync(database, world, world.NewAccountForm(), "pat.staff");
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var firstCopy = await first.StaffAccounts.SingleAsync(a => a.Id == created.Id, Token);
        var secondCopy = await second.StaffAccounts.SingleAsync(a => a.Id == created.Id, Token);

        firstCopy.SuspendByOperationsUnit("Automated sign-ins.");
        await first.SaveChangesAsync(Token);
        secondCopy.SignInWithTemporaryPassword(world.Business);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Token));
        await using var read = database.CreateDbContext();
        var stored = await read.StaffAccounts.SingleAsync(a => a.Id == created.Id, Token);
        Assert.Equal(AccountStatus.Suspended, stored.Status);
        Assert.False(stored.TemporaryCredential!.IsUsed);
        Assert.Equal(1, read.Entry(stored).Property(Versioning.PropertyName).CurrentValue);
    }

    [Fact]
    public async Task SaveChanges_WhenTheDomainMovedTheVersionItself_MovesItOnceNotTwice()
    {
        await using var database = await TestDatabase.CreateAsync();
        var stored = await StoredWorld.CreateAsync(database);
        var request = stored.World.Submit(stored.World.NewAccountForm());
        await using (var db = database.CreateDbContext())
        {
            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(Token);
        }

        await using (var db = database.CreateDbContext())
        {
            var tracked = await db.AccessRequests.SingleAsync(r => r.Id == request.Id, Token);
            tracked.Approve(stored.World.MisAdministrator, TestSignatures.Approval(stored.World.MisAdministrator, stored.World.Business), stored.World.Business, stored.World.Policy);
            await db.SaveChangesAsync(Token);
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(request.Version + 1, (await read.AccessRequests.SingleAsync(r => r.Id == request.Id, Token)).Version);
    }
}
