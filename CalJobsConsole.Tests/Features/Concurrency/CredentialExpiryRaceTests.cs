using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>CRD-1 under a race: the hourly expiry and a password reset of the same account never expire the fresh password.</summary>
public class CredentialExpiryRaceTests : RenewalJobTestBase
{
    private readonly RecordingNotificationSender _notifications = new();

    private TemporaryCredentialExpiryJob Job() => new(Database, World.Business, _notifications, NullLogger<TemporaryCredentialExpiryJob>.Instance);

    private Task ResetAsync(Guid accountId) =>
        ActAsync(accountId, AccessRequestKind.PasswordReset, (account, request) =>
            account.ResetPassword(request, World.MisAdministrator, World.FullEvidence(request), World.Business));

    [Fact]
    public async Task RunAsync_WhenThePasswordIsResetAfterTheJobReadTheAccount_SkipsItAndTheFreshPasswordStaysValid()
    {
        var account = await CreateAccountAsync("pat.staff");
        var other = await CreateAccountAsync("quinn.staff");
        // Both due: the second account's password was issued a few hours after the first's.
        World.Clock.Time.SetUtcNow(other.TemporaryCredential!.ExpiresAt);
        var resetAt = World.Clock.Time.GetUtcNow();

        var expired = await Job().RunAsync(new ProgressThatActs(() => ResetAsync(account.Id)), Token);

        Assert.Equal([other.Id], expired);
        Assert.Equal([other.Id], _notifications.SecretsRemovedFor);
        var fresh = (await StoredAsync(account.Id)).TemporaryCredential!;
        Assert.Equal(resetAt, fresh.IssuedAt);
        Assert.Null(fresh.ExpiredAt);
        Assert.True(fresh.IsValidAt(resetAt));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.AuditRecords.AnyAsync(r => r.EntityId == account.Id && r.Action == "StaffAccount.TemporaryCredentialExpired", Token));
        // Safe to run again: the fresh password has its own 24 hours.
        Assert.Empty(await Job().RunAsync(JobProgress.None, Token));
    }

    [Fact]
    public async Task Reset_WhenTheJobExpiredTheOldPasswordAfterTheResetReadIt_IsToldItChangedAndNoFreshPasswordIsExpired()
    {
        var created = await CreateAccountAsync("pat.staff");
        World.Clock.Time.SetUtcNow(created.TemporaryCredential!.ExpiresAt);
        await using var reset = Database.CreateDbContext();
        var account = await reset.StaffAccounts.SingleAsync(a => a.Id == created.Id, Token);
        var request = World.Approved(World.FormFor(account, AccessRequestKind.PasswordReset));
        reset.AccessRequests.Add(request);
        account.ResetPassword(request, World.MisAdministrator, World.FullEvidence(request), World.Business);

        Assert.Equal([created.Id], await Job().RunAsync(JobProgress.None, Token));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => reset.SaveChangesAsync(Token));
        var stored = (await StoredAsync(created.Id)).TemporaryCredential!;
        Assert.Equal(created.TemporaryCredential.IssuedAt, stored.IssuedAt);
        Assert.NotNull(stored.ExpiredAt);
    }

    private async Task<StaffAccount> StoredAsync(Guid id)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == id, Token);
    }
}
