using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>REV-1: an unrenewed account is suspended on its due date, not the day before, once, audited as the system.</summary>
public class OverdueRenewalSuspensionJobTests : RenewalJobTestBase
{
    private TestUsers _users = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _users = new TestUsers(Database);
    }

    public override async ValueTask DisposeAsync()
    {
        await _users.DisposeAsync();
        await base.DisposeAsync();
    }

    private OverdueRenewalSuspensionJob Job() => new(Database, _users.Manager, World.Business, NullLogger<OverdueRenewalSuspensionJob>.Instance);

    private async Task<StaffAccount> LoadAsync(Guid id)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == id, Token);
    }

    [Fact]
    public async Task RunAsync_TheDayBeforeTheDueDate_LeavesTheAccountAlone()
    {
        var account = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn.AddDays(-1), hour: 23);

        Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token));

        Assert.NotEqual(AccountStatus.Suspended, (await LoadAsync(account.Id)).Status);
    }

    [Fact]
    public async Task RunAsync_OnTheDueDate_SuspendsOnceAndAuditsItAsTheSystem()
    {
        var account = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn, hour: 1);

        Assert.Equal(1, await Job().RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token));

        var stored = await LoadAsync(account.Id);
        Assert.Equal(AccountStatus.Suspended, stored.Status);
        Assert.Equal(SuspensionCause.OverdueRenewal, stored.SuspensionCause);
        await using var db = Database.CreateDbContext();
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == OverdueRenewalSuspensionJob.AuditAction, Token);
        Assert.Null(audit.ActorId);
        Assert.Equal(account.Id, audit.EntityId);
    }

    [Fact]
    public async Task RunAsync_WhenRenewedBeforeTheDueDate_DoesNotSuspend()
    {
        var account = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn.AddDays(-5));
        await RenewAsync(account.Id);
        World.Clock.SetDate(DueOn.AddDays(3));

        Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token));
    }
}
