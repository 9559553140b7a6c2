using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Compliance;

/// <summary>
/// The Operations Unit's statewide compliance figures and the same figures by area (issue 8), counted in the database;
/// anyone else is refused with SCO-1. "Open" means not deactivated; "today" is the business clock's date. Three round-trips
/// whatever the state's size (areas with their seats and escalations, the accounts' figures, the latest review), each
/// returning a row an area at most (issue 17), shared by the pages opening while they hold (<see cref="ComplianceFiguresCache"/>).
/// </summary>
public sealed class CompliancePanelService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    ComplianceFiguresCache figures)
{
    /// <summary>
    /// The panels for the signed-in Operations Unit member (SCO-1, checked against the database on every call): the last
    /// reading while it holds, or read now when <paramref name="fresh"/> (a page following the change feed after a change).
    /// </summary>
    public async Task<CompliancePanels> LoadAsync(bool fresh = false, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        var today = clock.Today;
        // Shared by every page waiting on it, so one page closing does not cancel it for the others.
        return await figures.GetAsync(today, fresh, () => ReadAsync(today, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    private async Task<CompliancePanels> ReadAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One row per area, with its seats and open escalations counted beside it (indexes on AreaId, Status).
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new
        {
            a.Id,
            a.Name,
            a.Kind,
            Held = db.Designations.Count(d => d.AreaId == a.Id && d.Status == DesignationStatus.Active),
            Trained = db.Designations.Count(d => d.AreaId == a.Id && d.Status == DesignationStatus.Active && d.TrainingCompletedOn != null),
            Escalations = db.Escalations.Count(e => e.AreaId == a.Id && e.Status == EscalationStatus.Open),
        }).ToListAsync(cancellationToken);
        var accounts = await AccountFiguresAsync(db, today, cancellationToken);
        var byArea = accounts.ToLookup(g => g.AreaId);

        var rows = areas.Select(a =>
        {
            var groups = byArea[a.Id].ToList();
            var open = groups.Where(g => g.Status != AccountStatus.Deactivated).ToList();
            return new AreaCompliance(a.Id, a.Name, groups.Sum(g => g.Accounts), groups.Where(g => g.Status == AccountStatus.Active).Sum(g => g.Accounts),
                open.Sum(g => g.Accounts), open.Sum(g => g.Overdue), open.Sum(g => g.MissingEvidence), groups.Sum(g => g.Late), a.Held,
                AreaMustHaveFreeAdministratorSeatRule.CapFor(a.Kind), a.Trained, a.Escalations);
        }).ToList();
        var byStatus = accounts.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Accounts));

        var statewide = new StatewideCompliance(byStatus, rows.Sum(r => r.OpenAccounts), rows.Sum(r => r.OverdueRenewals),
            rows.Sum(r => r.MissingEvidence), rows.Sum(r => r.LateDeactivations),
            rows.Where(r => r.TrainedAdministrators == 0).Select(r => new AreaLink(r.Id, r.Name)).ToList(),
            rows.Where(r => r.SeatsHeld < r.Cap).Select(r => new AreaLink(r.Id, r.Name)).ToList(),
            rows.Sum(r => r.OpenEscalations), await CurrentReviewAsync(db, cancellationToken));
        return new CompliancePanels(statewide, rows);
    }

    /// <summary>The accounts' figures by area and status.</summary>
    private sealed record AccountFigures(Guid AreaId, AccountStatus Status, int Accounts, int Overdue, int Late, int MissingEvidence);

    /// <summary>
    /// Every account figure in one pass over the accounts' covering index (IX_StaffAccounts_ComplianceFigures), grouped by area
    /// and status: at most four rows an area. Late: still open past the separation date (DEA-1 is already broken), or closed
    /// after it. Missing evidence: the account's latest act that DOC-1's table asks documents for — its creation or latest
    /// annual renewal — lacks a document the table requires for it and the account's kind of staff, or no such act is on
    /// record (an imported account: nothing evidences it). The account keeps that judgement up to date as the act is carried
    /// out and documents are uploaded (<see cref="StaffAccount.ActEvidenceComplete"/>), so no act or document is read here.
    /// </summary>
    private static async Task<List<AccountFigures>> AccountFiguresAsync(ConsoleDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        await db.StaffAccounts.GroupBy(a => new { a.AreaId, a.Status }).Select(g => new AccountFigures(
            g.Key.AreaId,
            g.Key.Status,
            g.Count(),
            g.Count(a => a.RenewalDueOn < today),
            g.Count(a => (a.Status != AccountStatus.Deactivated && a.SeparationDate < today) || a.DeactivationDaysLate > 0),
            g.Count(a => !a.ActEvidenceComplete))).ToListAsync(cancellationToken);

    /// <summary>The latest quarter's review with its findings resolved of the total; null before the first review.</summary>
    private static async Task<ReviewProgress?> CurrentReviewAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var review = await db.MonitoringReviews.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.QuarterNumber)
            .Select(r => new
            {
                r.Id,
                r.Year,
                r.QuarterNumber,
                Resolved = db.MonitoringFindings.Count(f => f.ReviewId == r.Id && f.Status == FindingStatus.Resolved),
                Total = db.MonitoringFindings.Count(f => f.ReviewId == r.Id),
            }).FirstOrDefaultAsync(cancellationToken);
        return review is null ? null : new ReviewProgress(review.Id, new Quarter(review.Year, review.QuarterNumber).ToString(), review.Resolved, review.Total);
    }
}
