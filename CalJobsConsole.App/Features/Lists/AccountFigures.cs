using CalJobsConsole.App.Features.Dashboards;
using CalJobsConsole.Domain.Accounts;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// What each account figure means, in one place: the administrator's dashboard counts with these and the accounts list
/// behind each figure's link filters with them, so a figure and its list always agree. All translate to SQL.
/// </summary>
public static class AccountFigures
{
    public static IQueryable<StaffAccount> Open(this IQueryable<StaffAccount> accounts) =>
        accounts.Where(a => a.Status != AccountStatus.Deactivated);

    /// <summary>"Due within 30 days": today up to 29 days ahead, as the renewal tracker's urgency counts it.</summary>
    public static IQueryable<StaffAccount> DueForRenewalSoon(this IQueryable<StaffAccount> accounts, DateOnly today)
    {
        var soon = today.AddDays(RenewalUrgencies.SoonDays);
        return accounts.Open().Where(a => a.RenewalDueOn >= today && a.RenewalDueOn < soon);
    }

    public static IQueryable<StaffAccount> OverdueForRenewal(this IQueryable<StaffAccount> accounts, DateOnly today) =>
        accounts.Open().Where(a => a.RenewalDueOn < today);

    public static IQueryable<StaffAccount> DeactivationScheduled(this IQueryable<StaffAccount> accounts) =>
        accounts.Open().Where(a => a.ScheduledDeactivationOn != null);

    /// <summary>DEA-1 broken: still open past the separation date, or deactivated after it.</summary>
    public static IQueryable<StaffAccount> DeactivationLate(this IQueryable<StaffAccount> accounts, DateOnly today) =>
        accounts.Where(a => (a.Status != AccountStatus.Deactivated && a.SeparationDate != null && a.SeparationDate < today) || a.DeactivationDaysLate > 0);

    /// <summary>A temporary password issued, not used, not expired and younger than its 24 hours (CRD-1).</summary>
    public static IQueryable<StaffAccount> TemporaryPasswordWaiting(this IQueryable<StaffAccount> accounts, DateTimeOffset now)
    {
        var issuedAfter = now - TemporaryCredential.Lifetime;
        return accounts.Where(a => a.TemporaryCredential != null && a.TemporaryCredential.UsedAt == null
            && a.TemporaryCredential.ExpiredAt == null && a.TemporaryCredential.IssuedAt > issuedAfter);
    }
}
