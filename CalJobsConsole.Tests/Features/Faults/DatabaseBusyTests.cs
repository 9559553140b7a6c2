using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.IssueReports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CalJobsConsole.Tests.Features.Faults;

/// <summary>
/// Issue 21 item 7: a lock timeout. SQLite's write lock held by another connection longer than a writer waits makes the save
/// fail as busy; the save is run again (it was its own transaction, which did not commit), and if the lock is still held after
/// the retries the person is told "The database is busy; try again in a moment." — and nothing of the act is stored.
/// </summary>
public sealed class DatabaseBusyTests : IAsyncLifetime
{
    private BusyDatabase _busy = null!;

    public async ValueTask InitializeAsync() => _busy = await BusyDatabase.CreateAsync(staff: 1);

    public async ValueTask DisposeAsync() => await _busy.DisposeAsync();

    private static NewIssueReportModel Report(string summary) => new() { Summary = summary, Description = "The page froze." };

    [Fact]
    public async Task Act_WhenAnotherWriterHoldsTheLockPastTheFirstWait_IsRetriedAndStoredExactlyOnce()
    {
        var taken = new TaskCompletionSource();
        // Held 1.6 s: the first attempt gives up after its 1 s wait, the retry gets the lock once it is released.
        var holder = _busy.HoldWriteLockAsync(TimeSpan.FromSeconds(1.6), taken);
        await taken.Task;

        var outcome = await _busy.IssueReports(_busy.Staff[0]).ReportAsync(Report("retried report"), TestContext.Current.CancellationToken);
        await holder;

        Assert.True(outcome.Succeeded, outcome.Problem);
        Assert.True(_busy.FailedSaves >= 1, "the first attempt should have found the database busy");
        Assert.Equal(new Dictionary<string, int> { ["retried report"] = 1 }, await _busy.StoredSummariesAsync());
        Assert.Equal(1, await _busy.AuditedReportsAsync());
    }

    [Fact]
    public async Task Act_WhenTheLockIsHeldThroughEveryRetry_IsRefusedWithTheTryAgainMessageAndNothingIsStored()
    {
        var taken = new TaskCompletionSource();
        // Three attempts of 1 s each with about 0.1 s and 0.3 s between them: all inside 6 s.
        var holder = _busy.HoldWriteLockAsync(TimeSpan.FromSeconds(6), taken);
        await taken.Task;

        var outcome = await _busy.IssueReports(_busy.Staff[0]).ReportAsync(Report("refused report"), TestContext.Current.CancellationToken);
        await holder;

        Assert.True(outcome.WasBusy);
        Assert.Equal("The database is busy; try again in a moment.", outcome.Problem);
        Assert.Empty(outcome.BrokenRules);
        Assert.Equal(1 + DatabaseBusy.SaveRetries, _busy.FailedSaves);
        Assert.Empty(await _busy.StoredSummariesAsync());
        Assert.Equal(0, await _busy.AuditedReportsAsync());

        // Once the lock is free, the same act succeeds: trying again is safe.
        Assert.True((await _busy.IssueReports(_busy.Staff[0]).ReportAsync(Report("refused report"), TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(new Dictionary<string, int> { ["refused report"] = 1 }, await _busy.StoredSummariesAsync());
    }
}

/// <summary>Which database errors are a busy database (retried, then "try again"), and which stay what they were.</summary>
public sealed class DatabaseBusyClassificationTests
{
    [Theory]
    [InlineData(5, true)]   // SQLITE_BUSY: database is locked
    [InlineData(6, true)]   // SQLITE_LOCKED
    [InlineData(19, false)] // SQLITE_CONSTRAINT: a rule of the data, never retried
    [InlineData(1, false)]  // SQLITE_ERROR
    public async Task IsBusy_ForASqliteError_OnlyBusyAndLocked(int code, bool busy)
    {
        var error = new SqliteException("SQLite Error", code);

        Assert.Equal(busy, DatabaseBusy.IsBusy(error));
        Assert.Equal(busy, DatabaseBusy.IsBusy(new DbUpdateException("An error occurred while saving the entity changes.", error)));
        // The outcome path: a busy save becomes the try-again refusal; any other failure still reaches the caller as an error.
        var outcome = await Record.ExceptionAsync(async () =>
            Assert.True((await ActOutcome.Of(() => throw new DbUpdateException("saving", error))).WasBusy));
        Assert.Equal(busy, outcome is null);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.SerializationFailure, true)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    public void IsBusy_ForAPostgreSqlError_SerializationFailureAndDeadlock(string sqlState, bool busy) =>
        Assert.Equal(busy, DatabaseBusy.IsBusy(new DbUpdateException("saving", new PostgresException("error", "ERROR", "ERROR", sqlState))));

    [Fact]
    public async Task Outcome_ForAConcurrencyConflict_StaysChangedNotBusy()
    {
        var outcome = await ActOutcome.Of(() => throw new DbUpdateConcurrencyException("changed"));

        Assert.True(outcome.WasChanged);
        Assert.False(outcome.WasBusy);
    }
}
