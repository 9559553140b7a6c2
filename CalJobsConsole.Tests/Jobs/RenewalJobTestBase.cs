using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>
/// A stored world with staff accounts of the Local Area, all created on <see cref="World.StartDate"/> (so due a year on), their
/// requestor and the area's MIS Administrator console users; the renewal jobs run against the real SQLite test database.
/// </summary>
public abstract class RenewalJobTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected StoredWorld Stored { get; private set; } = null!;

    protected World World => Stored.World;

    protected static DateOnly DueOn => World.StartDate.AddYears(1);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The suite's provider; a test class that fills its database with SQLite's own SQL names SQLite.</summary>
    protected virtual CalJobsConsole.App.Data.DatabaseProvider Provider => TestDatabase.DefaultProvider;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        Stored = await StoredWorld.CreateAsync(Database);
    }

    public virtual async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected async Task<StaffAccount> CreateAccountAsync(string username) =>
        (await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), username)).Account;

    /// <summary>Carries out an approved act (renewal, deactivation) on the stored account, as its administrator, and saves it with its request and evidence.</summary>
    protected async Task ActAsync(Guid accountId, AccessRequestKind kind, Action<StaffAccount, AccessRequest> act)
    {
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == accountId, Token);
        var request = World.Approved(World.FormFor(account, kind));
        db.AccessRequests.Add(request);
        act(account, request);
        await db.SaveChangesAsync(Token);
    }

    protected async Task RenewAsync(Guid accountId) =>
        await ActAsync(accountId, AccessRequestKind.AnnualRenewal, (account, request) =>
            account.Renew(request, World.MisAdministrator, World.FullEvidence(request), World.Business, World.Policy));

    protected async Task DeactivateAsync(Guid accountId) =>
        await ActAsync(accountId, AccessRequestKind.Deactivation, (account, request) =>
            account.Deactivate(request, World.MisAdministrator, World.FullEvidence(request), World.Business));
}

/// <summary>Delivers the first <c>k</c> notifications, throws on the next one (once), then delivers again — a sender that fails mid-run.</summary>
public sealed class FailingAfterSender(int k) : INotificationSender
{
    private int _calls;

    public List<OutgoingNotification> Sent { get; } = [];

    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken = default)
    {
        Stage(null!, notification);
        return Task.CompletedTask;
    }

    public Task RemoveSecretsAsync(Guid accountId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Guid? Stage(ConsoleDbContext db, OutgoingNotification notification)
    {
        if (++_calls == k + 1)
            throw new InvalidOperationException("The mail server went away.");
        Sent.Add(notification);
        return null;
    }

    public Task DeliverStagedAsync(IReadOnlyList<Guid> notificationIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
