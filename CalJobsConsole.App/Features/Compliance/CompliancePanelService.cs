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
/// anyone else is refused with SCO-1. "Open" means not deactivated; "today" is the business clock's date.
/// </summary>
public sealed class CompliancePanelService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public async Task<CompliancePanels> LoadAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        var today = clock.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(cancellationToken);
        var accounts = await db.StaffAccounts.GroupBy(a => a.AreaId).Select(g => new
        {
            AreaId = g.Key,
            Accounts = g.Count(),
            Active = g.Count(a => a.Status == AccountStatus.Active),
            Open = g.Count(a => a.Status != AccountStatus.Deactivated),
            Overdue = g.Count(a => a.Status != AccountStatus.Deactivated && a.RenewalDueOn < today),
            // Late: still open past the separation date (DEA-1 is already broken), or closed after it.
            Late = g.Count(a => (a.Status != AccountStatus.Deactivated && a.SeparationDate < today) || a.DeactivationDaysLate > 0),
        }).ToDictionaryAsync(g => g.AreaId, cancellationToken);
        var byStatus = await db.StaffAccounts.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var seats = await db.Designations.Where(d => d.Status == DesignationStatus.Active).GroupBy(d => d.AreaId)
            .Select(g => new { AreaId = g.Key, Held = g.Count(), Trained = g.Count(d => d.TrainingCompletedOn != null) })
            .ToDictionaryAsync(g => g.AreaId, cancellationToken);
        var escalations = await db.Escalations.Where(e => e.Status == EscalationStatus.Open).GroupBy(e => e.AreaId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var missing = await MissingEvidenceByAreaAsync(db, cancellationToken);

        var rows = areas.Select(a =>
        {
            var counts = accounts.GetValueOrDefault(a.Id);
            var seat = seats.GetValueOrDefault(a.Id);
            return new AreaCompliance(a.Id, a.Name, counts?.Accounts ?? 0, counts?.Active ?? 0, counts?.Open ?? 0, counts?.Overdue ?? 0,
                missing.GetValueOrDefault(a.Id), counts?.Late ?? 0, seat?.Held ?? 0, AreaMustHaveFreeAdministratorSeatRule.CapFor(a.Kind),
                seat?.Trained ?? 0, escalations.GetValueOrDefault(a.Id));
        }).ToList();

        var statewide = new StatewideCompliance(byStatus, rows.Sum(r => r.OpenAccounts), rows.Sum(r => r.OverdueRenewals),
            rows.Sum(r => r.MissingEvidence), rows.Sum(r => r.LateDeactivations),
            rows.Where(r => r.TrainedAdministrators == 0).Select(r => new AreaLink(r.Id, r.Name)).ToList(),
            rows.Where(r => r.SeatsHeld < r.Cap).Select(r => new AreaLink(r.Id, r.Name)).ToList(),
            escalations.Values.Sum(), await CurrentReviewAsync(db, cancellationToken));
        return new CompliancePanels(statewide, rows);
    }

    /// <summary>
    /// Open accounts missing evidence, by area. An account's evidence is judged on its latest act that DOC-1's table asks
    /// documents for — its creation or its latest annual renewal (the fulfilled request of that kind with the latest
    /// fulfilment): it is missing evidence when a document the table requires for that act and its kind of staff was
    /// never uploaded for that request. An open account with no such request on record counts as missing too: nothing
    /// evidences it. Earlier acts are not judged again (a renewal supersedes the creation's documents). The query reads
    /// only ids, kinds and dates (one row per act and per document), never files or whole accounts.
    /// </summary>
    private static async Task<Dictionary<Guid, int>> MissingEvidenceByAreaAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.StaffAccounts.Where(a => a.Status != AccountStatus.Deactivated)
            .Select(a => new { a.Id, a.AreaId, a.StaffKind }).ToListAsync(cancellationToken);
        var acts = await db.AccessRequests
            .Where(r => r.Status == AccessRequestStatus.Fulfilled
                && (r.Form.Kind == AccessRequestKind.NewAccount || r.Form.Kind == AccessRequestKind.AnnualRenewal))
            .Select(r => new { r.Id, AccountId = r.Form.AccountId ?? r.CreatedAccountId, r.Form.Kind, r.FulfilledAt })
            .ToListAsync(cancellationToken);
        var latestAct = acts.Where(a => a.AccountId != null).GroupBy(a => a.AccountId!.Value)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.FulfilledAt)!);
        var actIds = latestAct.Values.Select(a => a.Id).ToList();
        var uploaded = (await db.EvidenceDocuments.Where(d => actIds.Contains(d.RequestId))
                .Select(d => new { d.RequestId, d.Kind }).ToListAsync(cancellationToken))
            .ToLookup(d => d.RequestId, d => d.Kind);

        return open
            .Where(a => !latestAct.TryGetValue(a.Id, out var act)
                || EvidenceRequirements.Required(EvidenceMoments.For(act.Kind), a.StaffKind).Except(uploaded[act.Id]).Any())
            .GroupBy(a => a.AreaId).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The latest quarter's review with its findings resolved of the total; null before the first review.</summary>
    private static async Task<ReviewProgress?> CurrentReviewAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var review = await db.MonitoringReviews.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.QuarterNumber)
            .Select(r => new { r.Id, r.Year, r.QuarterNumber }).FirstOrDefaultAsync(cancellationToken);
        if (review is null)
            return null;
        var findings = db.MonitoringFindings.Where(f => f.ReviewId == review.Id);
        return new ReviewProgress(review.Id, new Quarter(review.Year, review.QuarterNumber).ToString(),
            await findings.CountAsync(f => f.Status == FindingStatus.Resolved, cancellationToken), await findings.CountAsync(cancellationToken));
    }
}
