using CalJobsConsole.App.Features.Dashboards;
using System.Linq.Expressions;
using System.Reflection;
using CalJobsConsole.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// What each account figure means, in one place: the administrator's dashboard counts with these and the accounts list
/// behind each figure's link filters with them, so a figure and its list always agree. All translate to SQL.
/// </summary>
public static class AccountFigures
{
    public static IQueryable<StaffAccount> Open(this IQueryable<StaffAccount> accounts) => accounts.Where(IsOpen());

    /// <summary>"Due within 30 days": today up to 29 days ahead, as the renewal tracker's urgency counts it.</summary>
    public static IQueryable<StaffAccount> DueForRenewalSoon(this IQueryable<StaffAccount> accounts, DateOnly today) =>
        accounts.Where(IsDueForRenewalSoon(today));

    public static IQueryable<StaffAccount> OverdueForRenewal(this IQueryable<StaffAccount> accounts, DateOnly today) =>
        accounts.Where(IsOverdueForRenewal(today));

    public static IQueryable<StaffAccount> DeactivationScheduled(this IQueryable<StaffAccount> accounts) =>
        accounts.Where(IsDeactivationScheduled());

    /// <summary>DEA-1 broken: still open past the separation date, or deactivated after it.</summary>
    public static IQueryable<StaffAccount> DeactivationLate(this IQueryable<StaffAccount> accounts, DateOnly today) =>
        accounts.Where(IsDeactivationLate(today));

    /// <summary>A temporary password issued, not used, not expired and younger than its 24 hours (CRD-1).</summary>
    public static IQueryable<StaffAccount> TemporaryPasswordWaiting(this IQueryable<StaffAccount> accounts, DateTimeOffset now) =>
        accounts.Where(IsTemporaryPasswordWaiting(now));

    // The same meanings as conditions, for counting several figures in one pass (CountEachInAreaAsync).

    public static Expression<Func<StaffAccount, bool>> IsOpen() => a => a.Status != AccountStatus.Deactivated;

    public static Expression<Func<StaffAccount, bool>> IsSuspended() => a => a.Status == AccountStatus.Suspended;

    public static Expression<Func<StaffAccount, bool>> IsDueForRenewalSoon(DateOnly today)
    {
        var soon = today.AddDays(RenewalUrgencies.SoonDays);
        return a => a.Status != AccountStatus.Deactivated && a.RenewalDueOn >= today && a.RenewalDueOn < soon;
    }

    public static Expression<Func<StaffAccount, bool>> IsOverdueForRenewal(DateOnly today) =>
        a => a.Status != AccountStatus.Deactivated && a.RenewalDueOn < today;

    public static Expression<Func<StaffAccount, bool>> IsDeactivationScheduled() =>
        a => a.Status != AccountStatus.Deactivated && a.ScheduledDeactivationOn != null;

    public static Expression<Func<StaffAccount, bool>> IsDeactivationLate(DateOnly today) =>
        a => (a.Status != AccountStatus.Deactivated && a.SeparationDate != null && a.SeparationDate < today) || a.DeactivationDaysLate > 0;

    public static Expression<Func<StaffAccount, bool>> IsTemporaryPasswordWaiting(DateTimeOffset now)
    {
        var issuedAfter = now - TemporaryCredential.Lifetime;
        return a => a.TemporaryCredential != null && a.TemporaryCredential.UsedAt == null
            && a.TemporaryCredential.ExpiredAt == null && a.TemporaryCredential.IssuedAt > issuedAfter;
    }

    /// <summary>Both conditions (the second's parameter replaced by the first's, so EF Core reads them as one).</summary>
    public static Expression<Func<StaffAccount, bool>> And(Expression<Func<StaffAccount, bool>> first, Expression<Func<StaffAccount, bool>> second) =>
        Expression.Lambda<Func<StaffAccount, bool>>(
            Expression.AndAlso(first.Body, new Rebind(second.Parameters[0], first.Parameters[0]).Visit(second.Body)), first.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private static readonly MethodInfo CountWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(StaffAccount));

    /// <summary>
    /// How many of <paramref name="accounts"/> — all of them in the area <paramref name="areaId"/> — meet each condition, in
    /// one pass over them: one query, <c>SELECT COUNT(CASE WHEN … THEN 1 END), … GROUP BY AreaId</c>, where a count per
    /// figure would scan the accounts once per figure. Grouped by the area they share (one group, none when there are no
    /// accounts), which SQLite reads in the index's order: grouped by a constant, it sorted them first.
    /// </summary>
    public static async Task<int[]> CountEachInAreaAsync(this IQueryable<StaffAccount> accounts, Guid areaId,
        IReadOnlyList<Expression<Func<StaffAccount, bool>>> conditions, CancellationToken cancellationToken = default)
    {
        var group = Expression.Parameter(typeof(IGrouping<Guid, StaffAccount>), "accounts");
        var counts = Expression.NewArrayInit(typeof(int), conditions.Select(condition => Expression.Call(CountWhere, group, condition)));
        var select = Expression.Lambda<Func<IGrouping<Guid, StaffAccount>, int[]>>(counts, group);
        return await accounts.Where(a => a.AreaId == areaId).GroupBy(a => a.AreaId).Select(select).SingleOrDefaultAsync(cancellationToken)
            ?? new int[conditions.Count];
    }
}
