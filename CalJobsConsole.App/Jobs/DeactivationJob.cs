using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// DEA-1, daily: scheduled deactivations whose date has come are carried out (sessions ended, audited with the request id),
/// then every account still open past its separation date (its own, or that of an open deactivation request) is reported late to its area's administrators and the
/// Operations Unit — at most once per account and business day, held by a <see cref="JobRunMark"/>. Safe to run twice
/// and after missed days: a carried-out deactivation is not picked again; a missed day is caught up by the next run.
/// </summary>
public sealed class DeactivationJob(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, INotificationSender notifications,
    ILogger<DeactivationJob> logger, int batchSize = DeactivationJob.DefaultBatchSize)
{
    public const string Name = "Deactivation";

    public const int DefaultBatchSize = 200;

    public int BatchSize { get; } = batchSize is > 0 and <= 500 ? batchSize
        : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch is 1 to 500 accounts.");

    /// <summary>
    /// Carries out and reports, each phase reported as done of its own total with its status line; returns the accounts
    /// deactivated and the accounts reported late by this run. Each phase reads what is due in batches (keyset on id), never
    /// the whole table; a deactivation is the domain's act on one account (audited, sessions ended), so it is carried out
    /// account by account, not as a set-based update.
    /// </summary>
    public async Task<DeactivationRun> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var deactivated = new List<Guid>();
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            total = await ScheduledDue(db, today).CountAsync(cancellationToken);
        await progress.ReportAsync(0, total, "Carrying out scheduled deactivations", cancellationToken);
        var (done, after) = (0, (Guid?)null);
        while (true)
        {
            List<Guid> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var due = ScheduledDue(db, today);
                if (after is { } last)
                    due = due.Where(a => a.Id.CompareTo(last) > 0);
                batch = await due.OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize)
                    .TagWith("Deactivation: the next batch of scheduled deactivations due").ToListAsync(cancellationToken);
            }
            if (batch.Count == 0)
                break;
            after = batch[^1];
            foreach (var accountId in batch)
            {
                try
                {
                    if (await CarryOutAsync(accountId, cancellationToken))
                        deactivated.Add(accountId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One account's failure does not hold up the others; the next run tries it again.
                    logger.LogError(ex, "The scheduled deactivation of account {AccountId} was not carried out.", accountId);
                }
            }
            done += batch.Count;
            await progress.ReportAsync(Math.Min(done, total), total, cancellationToken: cancellationToken);
        }
        await progress.ReportAsync(total, total, cancellationToken: cancellationToken);
        var reported = await ReportLateAsync(progress, cancellationToken);
        return new DeactivationRun(deactivated, reported);
    }

    private static IQueryable<StaffAccount> ScheduledDue(ConsoleDbContext db, DateOnly today) =>
        db.StaffAccounts.AsNoTracking()
            .Where(a => a.Status != AccountStatus.Deactivated && a.ScheduledDeactivationOn != null && a.ScheduledDeactivationOn <= today);

    private async Task<bool> CarryOutAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        var request = await db.AccessRequests.SingleAsync(r => r.Id == account.ScheduledDeactivationRequestId, cancellationToken);
        var (accountBefore, requestBefore) = (MaintenanceRequest.AccountSnapshot(account), NewAccountRecorder.RequestSnapshot(request));
        if (!account.CarryOutScheduledDeactivation(request, clock))
            return false;
        await DeactivationService.EndSessionsAsync(db, account.PersonId, cancellationToken);
        var note = account.DeactivatedLate ? $"Scheduled deactivation carried out {account.DeactivationDaysLate} day(s) after the separation date (late)."
            : "Scheduled deactivation carried out on time.";
        db.Audit(clock, actorId: null, "StaffAccount.Deactivated", nameof(StaffAccount), account.Id, account.AreaId, accountBefore,
            MaintenanceRequest.AccountSnapshot(account, note), request.Id);
        db.Audit(clock, actorId: null, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
            NewAccountRecorder.RequestSnapshot(request), request.Id);
        return await db.SaveOrSkipAsync(logger, nameof(StaffAccount), account.Id, cancellationToken);
    }

    /// <summary>
    /// Open accounts past their separation date, in two passes read in batches: the account's own (a deactivation
    /// scheduled but not carried out), then, more often, that of an open deactivation request nobody has acted on yet
    /// (submitted, returned or approved) — the earliest such date per account.
    /// </summary>
    private async Task<List<Guid>> ReportLateAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var reported = new List<Guid>();
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            total = await PastOwnSeparation(db, today).CountAsync(cancellationToken) + await PastRequestedSeparation(db, today).CountAsync(cancellationToken);
        await progress.ReportAsync(0, total, "Reporting accounts open past their separation date", cancellationToken);
        var done = 0;
        await foreach (var batch in LateBatchesAsync(today, cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var late in batch)
            {
                // The mark is saved before the message goes: at most once a day, even if sending fails half-way.
                if (!await MarkAsync(db, LateReportKey(late.AccountId, today), cancellationToken))
                    continue;
                try
                {
                    await notifications.SendAsync(await LateReportAsync(db, late, today, cancellationToken), cancellationToken);
                    reported.Add(late.AccountId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The late deactivation of account {AccountId} was not reported today.", late.AccountId);
                }
            }
            done += batch.Count;
            await progress.ReportAsync(Math.Min(done, total), total, cancellationToken: cancellationToken);
        }
        await progress.ReportAsync(total, total, cancellationToken: cancellationToken);
        return reported;
    }

    private async IAsyncEnumerable<List<LateAccount>> LateBatchesAsync(DateOnly today,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            List<LateAccount> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var late = PastOwnSeparation(db, today);
                if (after is { } last)
                    late = late.Where(a => a.Id.CompareTo(last) > 0);
                batch = await late.OrderBy(a => a.Id).Take(BatchSize)
                    .Select(a => new LateAccount(a.Id, a.Username, a.Staff.FullName, a.AreaId, a.OfficeId, a.SeparationDate!.Value, a.ScheduledDeactivationRequestId))
                    .TagWith("Deactivation: the next batch of accounts past their own separation date").ToListAsync(cancellationToken);
            }
            if (batch.Count == 0)
                break;
            after = batch[^1].AccountId;
            yield return batch;
        }
        after = null;
        while (true)
        {
            List<(Guid AccountId, string Username, string FullName, Guid AreaId, Guid OfficeId, DateOnly Separation, Guid RequestId)> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var late = PastRequestedSeparation(db, today);
                if (after is { } last)
                    late = late.Where(l => l.Account.Id.CompareTo(last) > 0);
                rows = (await late.OrderBy(l => l.Account.Id).ThenBy(l => l.Request.Form.SeparationDate).ThenBy(l => l.Request.Id).Take(BatchSize)
                        .Select(l => new { l.Account.Id, l.Account.Username, l.Account.Staff.FullName, l.Account.AreaId, l.Account.OfficeId,
                            Separation = l.Request.Form.SeparationDate!.Value, RequestId = l.Request.Id })
                        .TagWith("Deactivation: the next batch of open deactivation requests past their separation date").ToListAsync(cancellationToken))
                    .Select(r => (r.Id, r.Username, r.FullName, r.AreaId, r.OfficeId, r.Separation, r.RequestId)).ToList();
            }
            if (rows.Count == 0)
                break;
            // A full batch may have cut the last account's requests short: that account starts the next batch.
            if (rows.Count == BatchSize && rows.Select(r => r.AccountId).Distinct().Count() > 1)
                rows = rows.Where(r => r.AccountId != rows[^1].AccountId).ToList();
            after = rows[^1].AccountId;
            yield return rows.GroupBy(r => r.AccountId).Select(g => g.First())
                .Select(r => new LateAccount(r.AccountId, r.Username, r.FullName, r.AreaId, r.OfficeId, r.Separation, r.RequestId)).ToList();
        }
    }

    private static IQueryable<StaffAccount> PastOwnSeparation(ConsoleDbContext db, DateOnly today) =>
        db.StaffAccounts.AsNoTracking().Where(a => a.Status != AccountStatus.Deactivated && a.SeparationDate != null && a.SeparationDate < today);

    /// <summary>Open deactivation requests past their separation date, of accounts still open and not past a separation date of their own.</summary>
    private static IQueryable<RequestedLate> PastRequestedSeparation(ConsoleDbContext db, DateOnly today) =>
        from request in db.AccessRequests.AsNoTracking()
        where request.Form.Kind == AccessRequestKind.Deactivation
            && (request.Status == AccessRequestStatus.Submitted || request.Status == AccessRequestStatus.ReturnedForCorrection
                || request.Status == AccessRequestStatus.Approved)
            && request.Form.SeparationDate != null && request.Form.SeparationDate < today
        join account in db.StaffAccounts.AsNoTracking() on request.Form.AccountId ?? request.CreatedAccountId equals account.Id
        where account.Status != AccountStatus.Deactivated && !(account.SeparationDate != null && account.SeparationDate < today)
        select new RequestedLate { Request = request, Account = account };

    private sealed class RequestedLate
    {
        public required AccessRequest Request { get; init; }
        public required StaffAccount Account { get; init; }
    }

    /// <summary>An account open past a separation date: who, which date, and the request it comes from.</summary>
    private sealed record LateAccount(Guid AccountId, string Username, string FullName, Guid AreaId, Guid OfficeId, DateOnly Separation, Guid? RequestId);

    public static string LateReportKey(Guid accountId, DateOnly day) => $"deactivation-late:{accountId:N}:{day:yyyy-MM-dd}";

    private async Task<bool> MarkAsync(ConsoleDbContext db, string key, CancellationToken cancellationToken)
    {
        if (await db.Set<JobRunMark>().AnyAsync(m => m.Key == key, cancellationToken))
            return false;
        var mark = db.Set<JobRunMark>().Add(JobRunMark.Create(key, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run marked it first.
            mark.State = EntityState.Detached;
            return false;
        }
    }

    private static async Task<OutgoingNotification> LateReportAsync(ConsoleDbContext db, LateAccount late, DateOnly today, CancellationToken cancellationToken)
    {
        var administrators = await Recipients.AdministratorsAsync(db, late.AreaId, late.OfficeId, cancellationToken);
        var operations = await Recipients.OperationsUnitAsync(db, cancellationToken);
        var days = today.DayNumber - late.Separation.DayNumber;
        return new OutgoingNotification("DeactivationLate",
            $"Late deactivation: {late.FullName} ({late.Username})",
            $"The CalJOBS staff account {late.Username} of {late.FullName} is still open {days} day(s) after the separation date " +
            $"{late.Separation:yyyy-MM-dd}. DEA-1 requires deactivation no later than separation: deactivate it from its deactivation request now.",
            administrators, operations, late.AccountId, late.RequestId);
    }
}

/// <summary>What one run of <see cref="DeactivationJob"/> did.</summary>
public sealed record DeactivationRun(IReadOnlyList<Guid> Deactivated, IReadOnlyList<Guid> ReportedLate)
{
    public string Summary => $"{Deactivated.Count} account(s) deactivated, {ReportedLate.Count} reported late.";
}
