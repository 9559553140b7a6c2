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
/// The administrator's dashboard for one of their own seats (SCO-1 for any other area). Every figure is a
/// <c>CountAsync</c> in the database over the seat's area — for a SPOC covering some offices, only those offices — with
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
        BusinessRules.Check(new UserMustHoldAdministratorSeatRule(held is not null, "of this area sees its dashboard"));
        var seat = held!;
        var today = clock.Today;
        var now = clock.UtcNow;
        var wholeArea = seat.Coverage is null || seat.Coverage.WholeDivision;
        var offices = seat.Coverage?.OfficeIds.ToList() ?? [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var accounts = db.StaffAccounts.Where(a => a.AreaId == areaId && (wholeArea || offices.Contains(a.OfficeId)));
        var requests = db.AccessRequests.Where(r => r.Form.AreaId == areaId && (wholeArea || offices.Contains(r.Form.OfficeId)));
        var submitted = requests.Where(r => r.Status == AccessRequestStatus.Submitted);

        var kind = await db.Areas.Where(a => a.Id == areaId).Select(a => a.Kind).SingleAsync(cancellationToken);
        var cap = AreaMustHaveFreeAdministratorSeatRule.CapFor(kind);
        var seats = await db.Designations.CountAsync(d => d.AreaId == areaId && d.Status == DesignationStatus.Active, cancellationToken);
        var openRequests = await submitted.CountAsync(cancellationToken);
        var oldest = await submitted.OrderBy(r => r.SubmittedAt).Take(OldestShown)
            .Select(r => new { r.Id, r.Form.Staff.FullName, r.Form.Kind, r.SubmittedAt }).ToListAsync(cancellationToken);
        var dueSoon = await accounts.DueForRenewalSoon(today).CountAsync(cancellationToken);
        var overdue = await accounts.OverdueForRenewal(today).CountAsync(cancellationToken);
        var suspended = await accounts.CountAsync(a => a.Status == AccountStatus.Suspended, cancellationToken);
        var scheduled = await accounts.DeactivationScheduled().CountAsync(cancellationToken);
        var late = await accounts.DeactivationLate(today).CountAsync(cancellationToken);
        var escalations = await db.Escalations.CountAsync(e => e.AreaId == areaId && e.Status == EscalationStatus.Open
            && (wholeArea || requests.Any(r => r.Id == e.RequestId)), cancellationToken);
        var documentation = await db.MonitoringFindings.CountAsync(f => f.AreaId == areaId && f.Status == FindingStatus.DocumentationRequested
            && (wholeArea || accounts.Any(a => a.Id == f.AccountId)), cancellationToken);
        var waiting = await accounts.Open().TemporaryPasswordWaiting(now).CountAsync(cancellationToken);

        var links = new DashboardLinks(areaId);
        return new AdministratorDashboard(areaId, seat.AreaName,
        [
            new("seats", seats, $"{seats} of {cap} {seat.Role.DisplayName()} seats held", links.Seats),
            new("open-requests", openRequests, $"{Count(openRequests, "open request")} waiting for a decision", links.OpenRequests),
            new("renewal-due30", dueSoon, $"{Count(dueSoon, "account")} due for renewal within 30 days", links.RenewalDue30),
            new("renewal-overdue", overdue, $"{Count(overdue, "account")} overdue for renewal", links.RenewalOverdue),
            new("suspended", suspended, $"{Count(suspended, "account")} suspended", links.Suspended),
            new("deactivation-scheduled", scheduled, $"{Count(scheduled, "scheduled deactivation")}", links.DeactivationScheduled),
            new("deactivation-late", late, $"{Count(late, "late deactivation")} (past the separation date)", links.DeactivationLate),
            new("escalations", escalations, $"{Count(escalations, "escalation")} waiting for the Operations Unit", links.Escalations),
            new("documentation-requests", documentation, $"{Count(documentation, "documentation request")} from the Operations Unit", links.DocumentationRequests),
            new("temp-passwords", waiting, $"{Count(waiting, "temporary password")} issued and not yet used", links.TemporaryPasswords),
        ],
            oldest.Select(r => new OpenRequestAge(r.Id, r.FullName, r.Kind, today.DayNumber - clock.ToBusinessDate(r.SubmittedAt).DayNumber)).ToList());
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
