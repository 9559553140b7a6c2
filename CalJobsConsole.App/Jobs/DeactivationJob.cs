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
    ILogger<DeactivationJob> logger)
{
    public const string Name = "Deactivation";

    /// <summary>
    /// Carries out and reports, each phase reported as done of its own total with its status line; returns the accounts
    /// deactivated and the accounts reported late by this run.
    /// </summary>
    public async Task<DeactivationRun> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var deactivated = new List<Guid>();
        var due = await DueAsync(cancellationToken);
        await progress.ReportAsync(0, due.Count, "Carrying out scheduled deactivations", cancellationToken);
        foreach (var (accountId, index) in due.Select((id, i) => (id, i)))
        {
            await progress.ReportAsync(index, due.Count, cancellationToken: cancellationToken);
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
        await progress.ReportAsync(due.Count, due.Count, cancellationToken: cancellationToken);
        var reported = await ReportLateAsync(progress, cancellationToken);
        return new DeactivationRun(deactivated, reported);
    }

    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        return await db.StaffAccounts.AsNoTracking()
            .Where(a => a.Status != AccountStatus.Deactivated && a.ScheduledDeactivationOn != null && a.ScheduledDeactivationOn <= today)
            .Select(a => a.Id).ToListAsync(cancellationToken);
    }

    private async Task<bool> CarryOutAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        var request = await db.AccessRequests.SingleAsync(r => r.Id == account.ScheduledDeactivationRequestId, cancellationToken);
        var (accountBefore, requestBefore) = (MaintenanceRequest.AccountSnapshot(account), NewAccountRecorder.RequestSnapshot(request));
        if (!account.CarryOutScheduledDeactivation(request, clock))
            return false;
        await DeactivationService.EndSessionsAsync(db, account.Id, cancellationToken);
        var note = account.DeactivatedLate ? $"Scheduled deactivation carried out {account.DeactivationDaysLate} day(s) after the separation date (late)."
            : "Scheduled deactivation carried out on time.";
        db.Audit(clock, actorId: null, "StaffAccount.Deactivated", nameof(StaffAccount), account.Id, account.AreaId, accountBefore,
            MaintenanceRequest.AccountSnapshot(account, note), request.Id);
        db.Audit(clock, actorId: null, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
            NewAccountRecorder.RequestSnapshot(request), request.Id);
        return await db.SaveOrSkipAsync(logger, nameof(StaffAccount), account.Id, cancellationToken);
    }

    private async Task<List<Guid>> ReportLateAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reported = new List<Guid>();
        var late = await LateAsync(db, today, cancellationToken);
        await progress.ReportAsync(0, late.Count, "Reporting accounts open past their separation date", cancellationToken);
        foreach (var ((account, separation, requestId), index) in late.Select((l, i) => (l, i)))
        {
            await progress.ReportAsync(index, late.Count, cancellationToken: cancellationToken);
            // The mark is saved before the message goes: at most once a day, even if sending fails half-way.
            if (!await MarkAsync(db, LateReportKey(account.Id, today), cancellationToken))
                continue;
            try
            {
                await notifications.SendAsync(await LateReportAsync(db, account, separation, requestId, today, cancellationToken), cancellationToken);
                reported.Add(account.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The late deactivation of account {AccountId} was not reported today.", account.Id);
            }
        }
        await progress.ReportAsync(late.Count, late.Count, cancellationToken: cancellationToken);
        return reported;
    }

    /// <summary>
    /// Open accounts past their separation date: the account's own (a deactivation scheduled but not carried out) or, more
    /// often, that of an open deactivation request nobody has acted on yet (submitted, returned or approved).
    /// </summary>
    private static async Task<List<(StaffAccount Account, DateOnly Separation, Guid? RequestId)>> LateAsync(ConsoleDbContext db, DateOnly today,
        CancellationToken cancellationToken)
    {
        var openRequests = (await db.AccessRequests.AsNoTracking()
                .Where(r => r.Form.Kind == AccessRequestKind.Deactivation && (r.Status == AccessRequestStatus.Submitted
                    || r.Status == AccessRequestStatus.ReturnedForCorrection || r.Status == AccessRequestStatus.Approved))
                .ToListAsync(cancellationToken))
            .Where(r => r.AccountId is not null && r.Form.SeparationDate < today)
            .GroupBy(r => r.AccountId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Form.SeparationDate).First());
        var requestAccountIds = openRequests.Keys.ToList();
        var accounts = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.Status != AccountStatus.Deactivated && ((a.SeparationDate != null && a.SeparationDate < today) || requestAccountIds.Contains(a.Id)))
            .ToListAsync(cancellationToken);
        return accounts.Select(a => a.IsPastSeparation(today)
                ? (a, a.SeparationDate!.Value, a.ScheduledDeactivationRequestId)
                : (a, openRequests[a.Id].Form.SeparationDate!.Value, (Guid?)openRequests[a.Id].Id))
            .ToList();
    }

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

    private static async Task<OutgoingNotification> LateReportAsync(ConsoleDbContext db, StaffAccount account, DateOnly separation, Guid? requestId,
        DateOnly today, CancellationToken cancellationToken)
    {
        var administrators = await Recipients.AdministratorsAsync(db, account.AreaId, account.OfficeId, cancellationToken);
        var operations = await Recipients.OperationsUnitAsync(db, cancellationToken);
        var days = today.DayNumber - separation.DayNumber;
        return new OutgoingNotification("DeactivationLate",
            $"Late deactivation: {account.Staff.FullName} ({account.Username})",
            $"The CalJOBS staff account {account.Username} of {account.Staff.FullName} is still open {days} day(s) after the separation date " +
            $"{separation:yyyy-MM-dd}. DEA-1 requires deactivation no later than separation: deactivate it from its deactivation request now.",
            administrators, operations, account.Id, requestId);
    }
}

/// <summary>What one run of <see cref="DeactivationJob"/> did.</summary>
public sealed record DeactivationRun(IReadOnlyList<Guid> Deactivated, IReadOnlyList<Guid> ReportedLate)
{
    public string Summary => $"{Deactivated.Count} account(s) deactivated, {ReportedLate.Count} reported late.";
}
