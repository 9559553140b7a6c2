using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Dashboards;

/// <summary>
/// The administrator's dashboard for one of their own seats (SCO-1 for any other area). Every figure is a count in the
/// database — the account figures in one pass over the accounts, the others in one query, the oldest open requests in a third — over the seat's area — for a SPOC covering some offices, only those offices — with
/// the same meaning as the list its link opens (see <see cref="DashboardLinks"/>).
/// </summary>
public sealed class AdministratorDashboardService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    /// <summary>How many of the oldest open requests the dashboard names.</summary>
    public const int OldestShown = 3;

    public async Task<AdministratorDashboard> ForSeatAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        var held = scope.Seats.FirstOrDefault(s => s.AreaId == areaId);
        await scopes.CheckAsync(new UserMustHoldAdministratorSeatRule(held is not null, "of this area sees its dashboard"), cancellationToken);
        var seat = held!;
        var today = clock.Today;
        var now = clock.UtcNow;
        var wholeArea = seat.Coverage is null || seat.Coverage.WholeDivision;
        var offices = seat.Coverage?.OfficeIds.ToList() ?? [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var accounts = db.StaffAccounts.Where(a => a.AreaId == areaId && (wholeArea || offices.Contains(a.OfficeId)));
        var requests = db.AccessRequests.Where(r => r.Form.AreaId == areaId && (wholeArea || offices.Contains(r.Form.OfficeId)));
        var submitted = requests.Where(r => r.Status == AccessRequestStatus.Submitted);

        // The account figures in one pass over the seat's accounts; the others, each a count in one round-trip.
        var accountFigures = await accounts.CountEachInAreaAsync(areaId,
        [
            AccountFigures.IsDueForRenewalSoon(today), AccountFigures.IsOverdueForRenewal(today), AccountFigures.IsSuspended(),
            AccountFigures.IsDeactivationScheduled(), AccountFigures.IsDeactivationLate(today),
            AccountFigures.And(AccountFigures.IsOpen(), AccountFigures.IsTemporaryPasswordWaiting(now)),
        ], cancellationToken);
        var (dueSoon, overdue, suspended, scheduled, late, waiting) =
            (accountFigures[0], accountFigures[1], accountFigures[2], accountFigures[3], accountFigures[4], accountFigures[5]);
        var figures = await db.Areas.Where(a => a.Id == areaId).Select(a => new
        {
            a.Kind,
            Seats = db.Designations.Count(d => d.AreaId == areaId && d.Status == DesignationStatus.Active),
            OpenRequests = submitted.Count(),
            Escalations = db.Escalations.Count(e => e.AreaId == areaId && e.Status == EscalationStatus.Open
                && (wholeArea || requests.Any(r => r.Id == e.RequestId))),
            Documentation = db.MonitoringFindings.Count(f => f.AreaId == areaId && f.Status == FindingStatus.DocumentationRequested
                && (wholeArea || accounts.Any(x => x.Id == f.AccountId))),
            // REQ-2: their supervisor's registration for the office ended (issue 18); reassigned on /requestors.
            WithoutSupervisor = accounts.Count(x => x.Status != AccountStatus.Deactivated
                && !db.RequestorRegistrations.Any(r => r.PersonId == x.SupervisorId && r.AreaId == x.AreaId && r.OfficeId == x.OfficeId && r.EndedAt == null)),
        }).SingleAsync(cancellationToken);
        var oldest = await submitted.OrderBy(r => r.SubmittedAt).Take(OldestShown)
            .Select(r => new { r.Id, r.Form.Staff.FullName, r.Form.Kind, r.SubmittedAt }).ToListAsync(cancellationToken);
        var cap = AreaMustHaveFreeAdministratorSeatRule.CapFor(figures.Kind);

        var links = new DashboardLinks(areaId);
        return new AdministratorDashboard(areaId, seat.AreaName,
        [
            new("seats", figures.Seats, $"{figures.Seats} of {cap} {seat.Role.DisplayName()} seats held", links.Seats),
            new("open-requests", figures.OpenRequests, $"{Count(figures.OpenRequests, "open request")} waiting for a decision", links.OpenRequests),
            new("renewal-due30", dueSoon, $"{Count(dueSoon, "account")} due for renewal within 30 days", links.RenewalDue30),
            new("renewal-overdue", overdue, $"{Count(overdue, "account")} overdue for renewal", links.RenewalOverdue),
            new("suspended", suspended, $"{Count(suspended, "account")} suspended", links.Suspended),
            new("deactivation-scheduled", scheduled, $"{Count(scheduled, "scheduled deactivation")}", links.DeactivationScheduled),
            new("deactivation-late", late, $"{Count(late, "late deactivation")} (past the separation date)", links.DeactivationLate),
            new("escalations", figures.Escalations, $"{Count(figures.Escalations, "escalation")} waiting for the Operations Unit", links.Escalations),
            new("documentation-requests", figures.Documentation, $"{Count(figures.Documentation, "documentation request")} from the Operations Unit", links.DocumentationRequests),
            new("temp-passwords", waiting, $"{Count(waiting, "temporary password")} issued and not yet used", links.TemporaryPasswords),
            new("without-supervisor", figures.WithoutSupervisor, $"{Count(figures.WithoutSupervisor, "account")} without a supervisor", links.WithoutSupervisor),
        ],
            oldest.Select(r => new OpenRequestAge(r.Id, r.FullName, r.Kind, today.DayNumber - clock.ToBusinessDate(r.SubmittedAt).DayNumber)).ToList());
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
