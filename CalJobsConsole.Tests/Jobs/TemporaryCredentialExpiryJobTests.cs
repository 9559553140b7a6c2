using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>CRD-1 by the hourly job, without Hangfire: a temporary password expires at 24:00:00 after issue, not a second before.</summary>
public class TemporaryCredentialExpiryJobTests : NewAccountTestBase
{
    [Fact]
    public async Task RunAsync_At23h59m59s_ExpiresNothing()
    {
        var account = await AccountWithUnusedCredentialAsync();
        World.Clock.Time.SetUtcNow(account.TemporaryCredential!.IssuedAt + TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        var expired = await Job().RunAsync(JobProgress.None, Token);

        Assert.Empty(expired);
        Assert.Empty(Notifications.SecretsRemovedFor);
        Assert.Null((await StoredAsync(account.Id)).TemporaryCredential!.ExpiredAt);
    }

    [Fact]
    public async Task RunAsync_At24h_ExpiresTheCredentialRemovesItsSecretAndAuditsAsTheSystem()
    {
        var account = await AccountWithUnusedCredentialAsync();
        var due = account.TemporaryCredential!.IssuedAt + TimeSpan.FromHours(24);
        World.Clock.Time.SetUtcNow(due);

        var expired = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal([account.Id], expired);
        Assert.Equal([account.Id], Notifications.SecretsRemovedFor);
        Assert.Equal(due, (await StoredAsync(account.Id)).TemporaryCredential!.ExpiredAt);
        await using var db = Database.CreateDbContext();
        var audit = await db.AuditRecords.SingleAsync(r => r.EntityId == account.Id && r.Action == "StaffAccount.TemporaryCredentialExpired", Token);
        Assert.Null(audit.ActorId);
    }

    [Fact]
    public async Task RunAsync_RunTwiceAndAfterMissedHours_ExpiresOnceOnly()
    {
        var account = await AccountWithUnusedCredentialAsync();
        World.Clock.Time.SetUtcNow(account.TemporaryCredential!.IssuedAt + TimeSpan.FromHours(30));

        var first = await Job().RunAsync(JobProgress.None, Token);
        var second = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal([account.Id], first);
        Assert.Empty(second);
        Assert.Equal([account.Id], Notifications.SecretsRemovedFor);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.EntityId == account.Id && r.Action == "StaffAccount.TemporaryCredentialExpired", Token));
    }

    [Fact]
    public async Task RunAsync_WhenTheCredentialWasUsed_LeavesIt()
    {
        var account = await AccountWithUnusedCredentialAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, account.Id);
        World.Clock.Time.SetUtcNow(account.TemporaryCredential!.IssuedAt + TimeSpan.FromHours(25));

        Assert.Empty(await Job().RunAsync(JobProgress.None, Token));
        Assert.Empty(Notifications.SecretsRemovedFor);
    }

    private TemporaryCredentialExpiryJob Job() => new(Database, World.Business, Notifications, NullLogger<TemporaryCredentialExpiryJob>.Instance);

    private async Task<StaffAccount> AccountWithUnusedCredentialAsync()
    {
        await StoreAsync();
        var (_, account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "pat.staff");
        return await StoredAsync(account.Id);
    }

    private async Task<StaffAccount> StoredAsync(Guid accountId)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId, Token);
    }
}
