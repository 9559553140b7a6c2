using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Dashboards;

/// <summary>One of the supervisor's staff: renewal due date, days left and urgency, and whether a temporary password waits unused.</summary>
public sealed record TrackedStaff(Guid AccountId, string Name, string Username, AccountStatus Status, DateOnly RenewalDueOn, int DaysLeft,
    bool TemporaryPasswordWaiting)
{
    public RenewalUrgency Urgency => RenewalUrgencies.Of(DaysLeft);
}

/// <summary>The supervisor's renewal tracker (issue 8 item 3): only the requestor's own staff (accounts they supervise), soonest renewal first.</summary>
public sealed class RenewalTrackerService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public async Task<IReadOnlyList<TrackedStaff>> StaffAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        if (!scope.IsRequestor)
            return [];
        var today = clock.Today;
        var issuedAfter = clock.UtcNow - TemporaryCredential.Lifetime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.SupervisorId == scope.UserId && a.Status != AccountStatus.Deactivated)
            .OrderBy(a => a.RenewalDueOn).ThenBy(a => a.Username)
            .Select(a => new
            {
                a.Id, a.Staff.FullName, a.Username, a.Status, a.RenewalDueOn,
                Waiting = a.TemporaryCredential != null && a.TemporaryCredential.UsedAt == null && a.TemporaryCredential.ExpiredAt == null
                    && a.TemporaryCredential.IssuedAt > issuedAfter,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new TrackedStaff(a.Id, a.FullName, a.Username, a.Status, a.RenewalDueOn,
            a.RenewalDueOn.DayNumber - today.DayNumber, a.Waiting)).ToList();
    }
}
