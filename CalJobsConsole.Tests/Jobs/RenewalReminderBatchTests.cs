using System.Data.Common;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Features.NewAccounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>
/// REN-1 at scale: the job reads only the reminders due, in batches, and each reminder goes once — across batch boundaries,
/// a second run, and a run stopped half-way and started again.
/// </summary>
public class RenewalReminderBatchTests : RenewalJobTestBase
{
    private const int DueCount = 1_234;

    /// <summary>Thousands of accounts are copied with SQLite's SQL (date arithmetic, INSERT … SELECT); the behaviour is the job's.</summary>
    protected override CalJobsConsole.App.Data.DatabaseProvider Provider => CalJobsConsole.App.Data.DatabaseProvider.Sqlite;
    private readonly RecordingNotificationSender _sender = new();

    private RenewalReminderJob Job(IDbContextFactory<ConsoleDbContext>? contexts = null, int batchSize = 100) =>
        new(contexts ?? Database, _sender, World.Business, NullLogger<RenewalReminderJob>.Instance, batchSize);

    [Fact]
    public async Task RunAsync_With1234DueInBatchesOf100_RemindsEachOnceAndASecondRunSendsNothing()
    {
        await SeedAsync(due: DueCount, notDue: 300, deactivated: 200);

        Assert.Equal(DueCount, await Job().RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token));

        Assert.Equal(DueCount, _sender.Sent.Count);
        Assert.Equal(DueCount, _sender.Sent.Select(n => n.AccountId).Distinct().Count());
        await using var db = Database.CreateDbContext();
        Assert.Equal(DueCount, await db.RenewalReminders.CountAsync(Token));
        Assert.Equal(0, await db.RenewalReminders.Join(db.StaffAccounts, r => r.AccountId, a => a.Id, (r, a) => a.Username)
            .CountAsync(username => !username.StartsWith("due."), Token));
    }

    [Fact]
    public async Task RunAsync_WhenStoppedAfterThreeBatches_ARestartSendsTheRestAndNoDuplicate()
    {
        await SeedAsync(due: DueCount, notDue: 0, deactivated: 0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var progress = new RecordingProgress(onReport: done => { if (done >= 300) stop.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Job().RunAsync(progress, stop.Token));
        var firstRun = _sender.Sent.Count;
        var secondRun = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(300, firstRun);
        Assert.Equal(DueCount - firstRun, secondRun);
        Assert.Equal(DueCount, _sender.Sent.Select(n => n.AccountId).Distinct().Count());
        Assert.Equal(DueCount, _sender.Sent.Count);
        await using var db = Database.CreateDbContext();
        Assert.Equal(DueCount, await db.RenewalReminders.CountAsync(Token));
    }

    [Fact]
    public async Task RunAsync_ReadsOnlyTheAccountsDue_NeverThoseNotDueDeactivatedOrAlreadyReminded()
    {
        await SeedAsync(due: 250, notDue: 2_000, deactivated: 1_000);
        var counting = new RowCountingContexts(Database);
        await Job(counting).RunAsync(JobProgress.None, Token); // 250 reminded
        await SeedAsync(due: 40, notDue: 0, deactivated: 0, prefix: "fresh.");
        counting.Reset();

        Assert.Equal(40, await Job(counting).RunAsync(JobProgress.None, Token));

        // The count, one batch of 40 and an empty one, and the administrators of the one area and office: nothing of the
        // 3,250 accounts not due (2,000 later, 1,000 deactivated, 250 reminded already) is read.
        Assert.InRange(counting.RowsRead, 40, 40 + 10);
        Assert.True(counting.LargestRead <= 100, $"one query returned {counting.LargestRead} rows");
    }

    [Fact]
    public async Task RunAsync_ReportsProgressAfterEveryBatch_UpToTheTotal()
    {
        await SeedAsync(due: 250, notDue: 10, deactivated: 0);
        var progress = new RecordingProgress();

        await Job().RunAsync(progress, Token);

        Assert.Equal((0, 250), progress.Reports[0]);
        Assert.Equal([100, 200, 250], progress.Reports.Skip(1).SkipLast(1).Select(r => r.Done));
        Assert.Equal((250, 250), progress.Reports[^1]);
    }

    [Fact]
    public async Task RunAsync_WithTheConsolesSender_StoresEachBatchsNotificationsInAppMessagesAndKeysTogether()
    {
        await SeedAsync(due: 250, notDue: 0, deactivated: 0);
        var protector = new SecretProtector(new EphemeralDataProtectionProvider());
        var mail = new NoMailTransport();
        var delivery = new NotificationEmailDelivery(Database, protector, mail, Options.Create(new MailOptions { FromAddress = "console@caljobs.example.gov" }),
            World.Business, new RecordingJobClient(), NullLogger<NotificationEmailDelivery>.Instance);
        var sender = new NotificationSender(Database, protector, mail, delivery, World.Business, NullLogger<NotificationSender>.Instance);
        RenewalReminderJob Real() => new(Database, sender, World.Business, NullLogger<RenewalReminderJob>.Instance, batchSize: 100);

        Assert.Equal(250, await Real().RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await Real().RunAsync(JobProgress.None, Token));

        await using var db = Database.CreateDbContext();
        Assert.Equal(250, await db.Notifications.CountAsync(n => n.Kind == RenewalReminderJob.Kind, Token));
        Assert.Equal(250, await db.RenewalReminders.CountAsync(Token));
        // The requestor addressed, the area's MIS Administrator copied: two in-app messages a reminder.
        Assert.Equal(500, await db.InAppMessages.CountAsync(Token));
        Assert.Equal(250, await db.InAppMessages.Where(m => m.RecipientId == World.RequestorId).CountAsync(Token));
    }

    [Fact]
    public void Constructor_WhenTheBatchIsLargerThanTheRowGuard_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Job(batchSize: 501));

    /// <summary>
    /// Copies of one stored account, by SQL (the domain's way to 1,234 accounts takes minutes): <paramref name="due"/> of
    /// them due in -2..30 days (every threshold), <paramref name="notDue"/> due in 31..400 days, <paramref name="deactivated"/>
    /// deactivated and overdue. The template itself is deactivated, so it is never due.
    /// </summary>
    private async Task SeedAsync(int due, int notDue, int deactivated, string prefix = "due.")
    {
        await using var db = Database.CreateDbContext();
        if (!await db.StaffAccounts.AnyAsync(Token))
        {
            await CreateAccountAsync("template.account");
            await db.Database.ExecuteSqlRawAsync("UPDATE StaffAccounts SET Status = 'Deactivated'", Token);
        }
        var today = World.Clock.Today;
        await CopyAsync(db, due, prefix, i => $"date('{today:yyyy-MM-dd}', ({i} % 33 - 2) || ' days')", "'Active'");
        await CopyAsync(db, notDue, "later.", i => $"date('{today:yyyy-MM-dd}', (31 + {i} % 370) || ' days')", "'Active'");
        await CopyAsync(db, deactivated, "gone.", i => $"date('{today:yyyy-MM-dd}', (-{i} % 40) || ' days')", "'Deactivated'");
    }

    private static async Task CopyAsync(ConsoleDbContext db, int count, string prefix, Func<string, string> dueOn, string status)
    {
        if (count == 0)
            return;
        var columns = (await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('StaffAccounts')").ToListAsync(Token))
            .Where(c => c is not ("Id" or "PersonId" or "Username" or "RenewalDueOn" or "Status")).Select(c => $"\"{c}\"").ToList();
        // Each copy is its own person's account (one open account per person, REQ-1).
        var sql = $"""
            WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < {count - 1})
            INSERT INTO StaffAccounts ("Id", "PersonId", "Username", "RenewalDueOn", "Status", {string.Join(", ", columns)})
            SELECT c.cloneId, c.cloneId, '{prefix}' || c.i, {dueOn("i")}, {status}, {string.Join(", ", columns.Select(c => "t." + c))}
            FROM (SELECT i, upper(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21,12)) AS cloneId
                  FROM (SELECT i, lower(hex(randomblob(16))) AS h FROM seq)) AS c
            JOIN (SELECT * FROM StaffAccounts WHERE Username = 'template.account') t
            """;
        Assert.Equal(count, await db.Database.ExecuteSqlRawAsync(sql, Token));
    }

    private sealed class RecordingProgress(Action<int>? onReport = null) : IJobProgress
    {
        public List<(int Done, int? Total)> Reports { get; } = [];

        public Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default)
        {
            Reports.Add((done, total));
            onReport?.Invoke(done);
            return Task.CompletedTask;
        }
    }

    /// <summary>Contexts over the test database that count the rows every query of theirs read.</summary>
    private sealed class RowCountingContexts(TestDatabase database) : DbCommandInterceptor, IDbContextFactory<ConsoleDbContext>
    {
        private readonly object _gate = new();

        public int RowsRead { get; private set; }

        public int LargestRead { get; private set; }

        public void Reset()
        {
            lock (_gate)
                (RowsRead, LargestRead) = (0, 0);
        }

        public ConsoleDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<ConsoleDbContext>(database.Options).AddInterceptors(this).Options);

        /// <summary>Queries only: a save's inserts read back their generated keys, which is writing, not reading.</summary>
        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            if (!command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal))
                Count(eventData.ReadCount);
            return result;
        }

        private void Count(int rows)
        {
            lock (_gate)
                (RowsRead, LargestRead) = (RowsRead + rows, Math.Max(LargestRead, rows));
        }
    }
}
