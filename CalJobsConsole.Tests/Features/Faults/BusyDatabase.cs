using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Faults;

/// <summary>
/// A SQLite test database (a file in WAL mode, as the console runs it) whose writers wait only <see cref="BusyTimeoutSeconds"/>
/// for the write lock, with staff members who report issues through the real <see cref="IssueReportService"/> and the real
/// <see cref="NotificationSender"/> (in-app messages to the area's administrators; e-mail off). It can hold the write lock
/// from a connection of its own, as a long writer would, and counts every save that failed.
/// </summary>
public sealed class BusyDatabase : SaveChangesInterceptor, IDbContextFactory<ConsoleDbContext>, IAsyncDisposable
{
    public const int BusyTimeoutSeconds = 1;

    private readonly World _world = new();
    private readonly DbContextOptions<ConsoleDbContext> _options;
    private readonly NotificationSender _sender;
    private int _failedSaves;

    private BusyDatabase(TestDatabase database)
    {
        Database = database;
        _options = new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite(DatabaseServices.ConnectionString(database.Path, BusyTimeoutSeconds))
            .AddInterceptors(QueryGuard.Instance, this, new BusyCommands(this), new BusyTransactions(this)).Options;
        var protector = new SecretProtector(new EphemeralDataProtectionProvider());
        var mail = new NoMailTransport();
        var delivery = new NotificationEmailDelivery(this, protector, mail, Options.Create(new MailOptions()), _world.Business,
            new RecordingJobClient(), NullLogger<NotificationEmailDelivery>.Instance);
        _sender = new NotificationSender(this, protector, mail, delivery, _world.Business, NullLogger<NotificationSender>.Instance);
    }

    public TestDatabase Database { get; }

    /// <summary>Staff members with an open account each, signed in as themselves.</summary>
    public List<Guid> Staff { get; } = [];

    /// <summary>
    /// Save attempts that found the database busy since the start: each busy attempt, retried or not, counts once, whether it
    /// met the lock at a statement (EF's save, or the audit chain's) or at the start of the transaction a save with audit records
    /// opens for the chain (a BEGIN IMMEDIATE that found the lock taken: asked for, never begun — EF raises no failure event for it).
    /// </summary>
    public int FailedSaves => Volatile.Read(ref _failedSaves) + Volatile.Read(ref _transactionsAsked) - Volatile.Read(ref _transactionsBegun);

    private int _transactionsAsked;
    private int _transactionsBegun;

    public static async Task<BusyDatabase> CreateAsync(int staff)
    {
        var busy = new BusyDatabase(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        await StoredWorld.CreateAsync(busy.Database, busy._world);
        var accounts = Enumerable.Range(0, staff).Select(_ =>
        {
            var account = busy._world.CreateAccount();
            account.SignInWithTemporaryPassword(busy._world.Business);
            account.CompletePasswordChange(busy._world.Business);
            return account;
        }).ToList();
        await using (var db = busy.Database.CreateDbContext())
        {
            db.StaffAccounts.AddRange(accounts);
            await db.SaveChangesAsync();
        }
        foreach (var (account, i) in accounts.Select((a, i) => (a, i)))
            busy.Staff.Add(await SignedIn.AddUserAsync(busy.Database, account.Id, $"Soak Staff {i:00}", ConsoleRoles.Staff));
        return busy;
    }

    public ConsoleDbContext CreateDbContext() => new(_options);

    /// <summary>The issue report service as <paramref name="staffId"/> sees it, over the short-waiting contexts.</summary>
    public IssueReportService IssueReports(Guid staffId) =>
        new(this, SignedIn.ScopeFor(Database, staffId), _world.Business, _sender, new EvidenceStore(new DataDirectory(Database.Folder)),
            NullLogger<IssueReportService>.Instance);

    /// <summary>
    /// Takes SQLite's write lock (BEGIN IMMEDIATE) on a connection of its own and keeps it for <paramref name="hold"/>, as an
    /// import or any long writer would; completes once released. <paramref name="taken"/> completes as soon as the lock is held.
    /// It runs on a thread of its own: waiting writers block pool threads (Microsoft.Data.Sqlite sleeps between its tries), and
    /// a release queued behind them would hold the lock far longer than asked.
    /// </summary>
    public Task HoldWriteLockAsync(TimeSpan hold, TaskCompletionSource? taken = null) => Task.Factory.StartNew(() =>
    {
        var connection = new SqliteConnectionStringBuilder(DatabaseServices.ConnectionString(Database.Path)) { Pooling = false };
        using var holder = new SqliteConnection(connection.ToString());
        holder.Open();
        using (var begin = new SqliteCommand("BEGIN IMMEDIATE;", holder))
            begin.ExecuteNonQuery();
        taken?.TrySetResult();
        Thread.Sleep(hold);
        using var commit = new SqliteCommand("COMMIT;", holder);
        commit.ExecuteNonQuery();
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The summaries of the issue reports stored, with how many times each is there.</summary>
    public async Task<Dictionary<string, int>> StoredSummariesAsync()
    {
        await using var db = Database.CreateDbContext();
        return (await db.IssueReports.AsNoTracking().TagWith("row-limit-exempt: the soak test reads every report it made")
                .Select(r => r.Summary).ToListAsync())
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
    }

    public async Task<int> AuditedReportsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditRecords.CountAsync(a => a.Action == "IssueReport.Reported");
    }

    /// <summary>
    /// Counts each attempt that found the database busy, at the command that met the lock: the save's own statements, or — for a
    /// save with audit records — the audit chain's statements inside the transaction it opens first (EF's save-failed event is
    /// not raised for those). An attempt stops at its first failed command, so each counts once.
    /// </summary>
    private sealed class BusyTransactions(BusyDatabase owner) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(System.Data.Common.DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<System.Data.Common.DbTransaction> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._transactionsAsked);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<System.Data.Common.DbTransaction> TransactionStarting(System.Data.Common.DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<System.Data.Common.DbTransaction> result)
        {
            Interlocked.Increment(ref owner._transactionsAsked);
            return result;
        }

        public override System.Data.Common.DbTransaction TransactionStarted(System.Data.Common.DbConnection connection, TransactionEndEventData eventData,
            System.Data.Common.DbTransaction result)
        {
            Interlocked.Increment(ref owner._transactionsBegun);
            return result;
        }

        public override ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(System.Data.Common.DbConnection connection,
            TransactionEndEventData eventData, System.Data.Common.DbTransaction result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._transactionsBegun);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class BusyCommands(BusyDatabase owner) : DbCommandInterceptor
    {
        public override void CommandFailed(System.Data.Common.DbCommand command, CommandErrorEventData eventData)
        {
            if (DatabaseBusy.IsBusy(eventData.Exception))
                Interlocked.Increment(ref owner._failedSaves);
        }

        public override Task CommandFailedAsync(System.Data.Common.DbCommand command, CommandErrorEventData eventData,
            CancellationToken cancellationToken = default)
        {
            CommandFailed(command, eventData);
            return Task.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
