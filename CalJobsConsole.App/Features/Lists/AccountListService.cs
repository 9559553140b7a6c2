using System.Runtime.CompilerServices;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>The accounts list (/accounts) and its CSV export: one page, or every matching row streamed, read in the database.</summary>
public sealed class AccountListService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public static readonly string[] CsvHeader = ["Staff name", "Username", "E-mail", "Area", "Office", "Status", "Renewal due", "Created"];

    /// <summary>The page the filter asks for (the last one if it asks past the end): only its 25 rows are read.</summary>
    public async Task<ListPage<AccountListLine>> PageAsync(AccountListFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        var query = new AccountListQuery(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query.Build(db, scope, clock).ToListPageAsync(query.Page, query.Notes, cancellationToken);
    }

    /// <summary>Every row the filter matches, in its order, streamed from the database one at a time (SCO-1 checked first).</summary>
    public async IAsyncEnumerable<AccountListLine> ExportAsync(UserScope scope, AccountListFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var line in new AccountListQuery(filter).Build(db, scope, clock).TagWith("row-limit-exempt: CSV export streams every matching account").AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return line;
    }

    /// <summary>The areas the signed-in user may list, by name, for the area filter; SCO-1 for anyone who may not list.</summary>
    public async Task<IReadOnlyList<AreaReference>> AreasAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        AccountListQuery.RequireMayList(scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = scope.OwnAreaIds.ToList();
        return await db.Areas.AsNoTracking().Where(a => scope.IsOperationsUnit || own.Contains(a.Id)).OrderBy(a => a.Name)
            .Select(a => new AreaReference(a.Id, a.Name, a.Kind)).ToListAsync(cancellationToken);
    }

    public static string?[] CsvCells(AccountListLine line) =>
        [line.StaffName, line.Username, line.Email, line.AreaName, line.OfficeName, line.Status.DisplayName(),
            line.RenewalDueOn.ToString("yyyy-MM-dd"), line.CreatedOn.ToString("yyyy-MM-dd")];
}
