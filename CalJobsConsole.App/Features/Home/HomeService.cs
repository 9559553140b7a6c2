using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Home;

public sealed record StaffLine(Guid AccountId, string Name, string Username, AccountStatus Status, DateOnly RenewalDueOn, int DaysLeft);

/// <summary>What a requestor and a staff member see on their landing page: only their own staff, only their own account.</summary>
public sealed class HomeService(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock)
{
    /// <summary>The requestor's staff (accounts they asked for), soonest renewal first.</summary>
    public async Task<IReadOnlyList<StaffLine>> StaffOfAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.IsRequestor)
            return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.SupervisorId == scope.UserId && a.Status != AccountStatus.Deactivated)
            .OrderBy(a => a.RenewalDueOn).ToListAsync(cancellationToken);
        return accounts.Select(Line).ToList();
    }

    /// <summary>The staff member's own account; refused with REV-1 while it is suspended (access ends at once).</summary>
    public async Task<StaffLine?> OwnAccountAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        if (scope.StaffAccountId is not { } id)
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
            return null;
        BusinessRules.Check(new AccountMustNotBeSuspendedRule(account));
        return Line(account);
    }

    private StaffLine Line(StaffAccount a) =>
        new(a.Id, a.Staff.FullName, a.Username, a.Status, a.RenewalDueOn, a.RenewalDueOn.DayNumber - clock.Today.DayNumber);
}
