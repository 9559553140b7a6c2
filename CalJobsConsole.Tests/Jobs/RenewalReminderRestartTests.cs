using System.Data.Common;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>
/// Issue 21 item 7: the renewal reminder job killed mid-run and started again, with the console's own sender (notifications,
/// in-app messages and e-mail through a relay). Killed after a batch was stored but while its e-mails were going out, or in
/// the middle of a batch's save: after the restart (and the e-mail retry job) every reminder due exists exactly once — one
/// key, one notification, one e-mail each — none missing, none twice.
/// </summary>
public sealed class RenewalReminderRestartTests : RenewalJobTestBase
{
    private const int Due = 12;
    private const int BatchSize = 5;

    private readonly KillableTransport _relay = new();
    private SecretProtector _protector = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _protector = new SecretProtector(new EphemeralDataProtectionProvider());
        for (var i = 0; i < Due; i++)
            await CreateAccountAsync($"renewing.{i:00}");
        World.Clock.SetDate(DueOn.AddDays(-7)); // a reminder is due for every account
    }

    [Fact]
    public async Task RunAsync_WhenKilledWhileABatchsEmailsGoOut_ARestartAndTheRetryJobLeaveEveryReminderExactlyOnce()
    {
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Token);
        _relay.KillAfter(3, kill);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Job(Database).RunAsync(JobProgress.None, kill.Token));

        // The first batch was stored whole before its e-mails: five keys and notifications, three e-mails out, one claimed
        // by the dead worker, one not attempted.
        Assert.Equal(BatchSize, await CountAsync(db => db.RenewalReminders));
        Assert.Equal(3, _relay.Delivered.Count);
        Assert.Equal([EmailDeliveryState.Pending, EmailDeliveryState.Sending, EmailDeliveryState.Sent],
            (await EmailStatesAsync()).Distinct().Order());

        Assert.Equal(Due - BatchSize, await Job(Database).RunAsync(JobProgress.None, Token));
        World.Clock.Advance(NotificationEmailDelivery.ClaimLease);
        await RetryJob().RunAsync(JobProgress.None, Token);
        Assert.Equal(0, await Job(Database).RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await RetryJob().RunAsync(JobProgress.None, Token));

        await AssertEveryReminderOnceAsync();
    }

    [Fact]
    public async Task RunAsync_WhenKilledInTheMiddleOfABatchsSave_TheBatchIsNotStoredAtAllAndARestartSendsItOnce()
    {
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var dying = new KilledMidSave(Database, killAtSave: 2, kill);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Job(dying).RunAsync(JobProgress.None, kill.Token));

        // The second batch's save was cut after its first INSERT: its transaction rolled back — no key, no notification,
        // no in-app message of it — and nothing of it was e-mailed.
        Assert.True(dying.Killed);
        Assert.Equal(BatchSize, await CountAsync(db => db.RenewalReminders));
        Assert.Equal(BatchSize, await CountAsync(db => db.Notifications));
        Assert.Equal(BatchSize, _relay.Delivered.Count);

        Assert.Equal(Due - BatchSize, await Job(Database).RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await Job(Database).RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await RetryJob().RunAsync(JobProgress.None, Token));

        await AssertEveryReminderOnceAsync();
    }

    private async Task AssertEveryReminderOnceAsync()
    {
        await using var db = Database.CreateDbContext();
        var dueOn = await db.StaffAccounts.Where(a => a.Username.StartsWith("renewing.")).ToDictionaryAsync(a => a.Id, a => a.RenewalDueOn, Token);
        var accounts = dueOn.Keys.ToList();
        var keys = await db.RenewalReminders.Select(r => new { r.AccountId, r.DueOn, r.Threshold }).ToListAsync(Token);
        Assert.Equal(Due, accounts.Count);
        Assert.Equal(accounts.Order(), keys.Select(k => k.AccountId).Order());
        // Each key is the account's own due date and the threshold in force today.
        Assert.All(keys, k => Assert.Equal((dueOn[k.AccountId], RenewalReminder.ThresholdInForce(dueOn[k.AccountId], World.Clock.Today)), (k.DueOn, (int?)k.Threshold)));
        var notifications = await db.Notifications.Where(n => n.Kind == RenewalReminderJob.Kind).ToListAsync(Token);
        Assert.Equal(accounts.Order(), notifications.Select(n => n.AccountId!.Value).Order());
        Assert.All(notifications, n => Assert.Equal(EmailDeliveryState.Sent, n.EmailState));
        // One e-mail per reminder: the requestor addressed, the area's administrator copied, each subject once.
        Assert.Equal(notifications.Select(n => n.Subject).Order(), _relay.Delivered.Select(m => m.Subject).Order());
        Assert.Equal(Due, _relay.Delivered.Select(m => m.Subject).Distinct().Count());
    }

    private RenewalReminderJob Job(IDbContextFactory<ConsoleDbContext> contexts) =>
        new(contexts, new NotificationSender(contexts, _protector, _relay, Delivery(contexts), World.Business, NullLogger<NotificationSender>.Instance),
            World.Business, NullLogger<RenewalReminderJob>.Instance, BatchSize);

    private NotificationEmailRetryJob RetryJob() =>
        new(Database, Delivery(Database), World.Business, NullLogger<NotificationEmailRetryJob>.Instance);

    private NotificationEmailDelivery Delivery(IDbContextFactory<ConsoleDbContext> contexts) =>
        new(contexts, _protector, _relay, Options.Create(new MailOptions { FromAddress = "console@caljobs.example.gov" }), World.Business,
            new RecordingJobClient(), NullLogger<NotificationEmailDelivery>.Instance);

    private async Task<int> CountAsync<T>(Func<ConsoleDbContext, IQueryable<T>> rows)
    {
        await using var db = Database.CreateDbContext();
        return await rows(db).CountAsync(Token);
    }

    private async Task<List<EmailDeliveryState>> EmailStatesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Notifications.Select(n => n.EmailState).ToListAsync(Token);
    }

    /// <summary>A relay that delivers; told to, it kills the worker (cancels its run) while holding the next message, as a crash would.</summary>
    private sealed class KillableTransport : IMailTransport
    {
        private (int After, CancellationTokenSource Worker)? _kill;

        public List<MimeMessage> Delivered { get; } = [];

        public string Description => "relay";

        public bool Delivers => true;

        public void KillAfter(int messages, CancellationTokenSource worker) => _kill = (messages, worker);

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            if (_kill is { } kill && Delivered.Count >= kill.After)
            {
                _kill = null;
                await kill.Worker.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
            Delivered.Add(message);
        }
    }

    /// <summary>
    /// Contexts over the test database whose <paramref name="killAtSave"/>-th save of reminder keys is killed once it has
    /// written: at its second INSERT the worker is cancelled and that command never completes.
    /// </summary>
    private sealed class KilledMidSave(TestDatabase database, int killAtSave, CancellationTokenSource worker)
        : DbCommandInterceptor, IDbContextFactory<ConsoleDbContext>
    {
        private int _saves;
        private int _insertsOfSave;

        public bool Killed { get; private set; }

        public ConsoleDbContext CreateDbContext() =>
            ConsoleDbContextFactory.Create(new DbContextOptionsBuilder<ConsoleDbContext>(database.Options).AddInterceptors(this, new SaveCounter(this)).Options,
                database.Provider);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // Counted per statement, not per command: a provider may send a save's INSERTs as one batched command (PostgreSQL does).
            if (_saves == killAtSave && !Killed && (_insertsOfSave += CountInserts(command.CommandText)) >= 2)
            {
                Killed = true;
                await worker.CancelAsync();
                throw new OperationCanceledException("The worker was killed mid-save.", worker.Token);
            }
            return result;
        }

        private static int CountInserts(string sql) => sql.Split("INSERT INTO", StringSplitOptions.None).Length - 1;

        private sealed class SaveCounter(KilledMidSave owner) : SaveChangesInterceptor
        {
            public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
                CancellationToken cancellationToken = default)
            {
                if (eventData.Context!.ChangeTracker.Entries<RenewalReminder>().Any(e => e.State == EntityState.Added))
                    owner._saves++;
                return ValueTask.FromResult(result);
            }
        }
    }
}
