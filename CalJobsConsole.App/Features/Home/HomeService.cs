using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Home;

public sealed record StaffLine(Guid AccountId, string Name, string Username, AccountStatus Status, DateOnly RenewalDueOn, int DaysLeft);

/// <summary>What a staff member sees on their landing page: only their own account (a requestor's staff: the renewal tracker).</summary>
public sealed class HomeService(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock)
{
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
