using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Jobs;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>REV-1 and REN-1 under a race: the overdue-suspension job and a renewal of the same account never leave it renewed but suspended.</summary>
public class OverdueSuspensionRaceTests : RenewalJobTestBase
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

    [Fact]
    public async Task RunAsync_WhenTheAccountIsRenewedAfterTheJobReadIt_SkipsItAndTheRenewalStands()
    {
        var account = await CreateAccountAsync("alex.rivera");
        var other = await CreateAccountAsync("blair.overdue");
        World.Clock.SetDate(DueOn.AddDays(1), hour: 1);

        var suspended = await Job().RunAsync(new ProgressThatActs(() => RenewAsync(account.Id)), Token);

        Assert.Equal(1, suspended);
        var renewed = await StoredAsync(account.Id);
        Assert.NotEqual(AccountStatus.Suspended, renewed.Status);
        Assert.True(renewed.RenewalDueOn > World.Clock.Business.Today);
        Assert.Equal(AccountStatus.Suspended, (await StoredAsync(other.Id)).Status);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.AuditRecords.AnyAsync(r => r.EntityId == account.Id && r.Action == OverdueRenewalSuspensionJob.AuditAction, Token));
        // Safe to run again: the renewed account is not due any more.
        Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token));
    }

    [Fact]
    public async Task Renew_WhenTheJobSuspendedTheAccountAfterTheRenewalReadIt_IsToldItChangedAndTheAccountStaysSuspendedUnrenewed()
    {
        var created = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn, hour: 1);
        await using var renewal = Database.CreateDbContext();
        var account = await renewal.StaffAccounts.SingleAsync(a => a.Id == created.Id, Token);
        var request = World.Approved(World.FormFor(account, AccessRequestKind.AnnualRenewal));
        renewal.AccessRequests.Add(request);
        account.Renew(request, World.MisAdministrator, World.FullEvidence(request), World.Business, World.Policy);

        Assert.Equal(1, await Job().RunAsync(JobProgress.None, Token));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => renewal.SaveChangesAsync(Token));
        var stored = await StoredAsync(created.Id);
        Assert.Equal(AccountStatus.Suspended, stored.Status);
        Assert.Equal(DueOn, stored.RenewalDueOn);
    }

    private async Task<StaffAccount> StoredAsync(Guid id)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == id, Token);
    }
}
