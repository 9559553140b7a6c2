using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Areas;

/// <summary>Reads areas for the overview pages; the scope service decides who may see which (SCO-1).</summary>
public sealed class AreaOverviewService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    /// <summary>The overview of one area, for the Operations Unit or the area's own administrators and Director.</summary>
    public async Task<AreaOverview?> GetAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireAreaAsync(areaId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await db.AreaWithActiveDesignationsAsync(areaId, tracking: false, cancellationToken);
        if (area is null)
            return null;

        var offices = await db.Offices.AsNoTracking()
            .Where(o => area.Kind == AreaKind.LocalArea ? o.LocalAreaId == areaId : o.ServingDivisionId == areaId)
            .OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var otherAreaIds = offices.Select(o => area.Kind == AreaKind.LocalArea ? o.ServingDivisionId : o.LocalAreaId).Distinct().ToList();
        var otherAreaNames = await db.Areas.Where(a => otherAreaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var accountsByOffice = await db.StaffAccounts.Where(a => a.AreaId == areaId)
            .GroupBy(a => a.OfficeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var accountsByStatus = await db.StaffAccounts.Where(a => a.AreaId == areaId)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        return new AreaOverview(area.Id, area.Name, area.Kind, area.Director?.FullName, area.AdministratorCap,
            area.ActiveDesignations.OrderBy(d => d.SeatNumber).Select(d => new SeatHolder(d.Id, d.SeatNumber, d.Contact.FullName, d.Contact.Email,
                d.DesignatedOn, d.TrainingCompletedOn, CoverageLabel(d.Coverage, offices))).ToList(),
            offices.Select(o => new OfficeSummary(o.Id, o.Name, o.HasTitleIPartner,
                otherAreaNames.GetValueOrDefault(area.Kind == AreaKind.LocalArea ? o.ServingDivisionId : o.LocalAreaId, ""),
                accountsByOffice.GetValueOrDefault(o.Id))).ToList(),
            accountsByStatus,
            MayEdit: scope.IsOperationsUnit);
    }

    /// <summary>
    /// One page of the area's accounts the viewer may open (SCO-1 in the query: a SPOC only the offices of their coverage),
    /// searched by name, username or e-mail, filtered by status and sorted — all in the database, by the accounts list's query.
    /// </summary>
    public async Task<ListPage<AccountListLine>> PageAccountsAsync(Guid areaId, AccountListFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireAreaAsync(areaId, cancellationToken);
        var query = new AccountListQuery(filter with { Area = areaId.ToString() });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query.Build(db, scope, clock).ToListPageAsync(query.Page, query.Notes, cancellationToken);
    }

    /// <summary>Every area the signed-in user may see: all for the Operations Unit, their own for everyone else.</summary>
    public async Task<IReadOnlyList<AreaListItem>> ListVisibleAsync(CancellationToken cancellationToken = default) =>
        await scopes.CurrentAsync(cancellationToken) is { } scope ? await ListVisibleAsync(scope, cancellationToken) : [];

    /// <summary>The same, for a page that has just read the signed-in user's scope from <see cref="ScopeService"/>.</summary>
    public async Task<IReadOnlyList<AreaListItem>> ListVisibleAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        var own = scope.OwnAreaIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking()
            .Where(a => scope.IsOperationsUnit || own.Contains(a.Id))
            .OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(cancellationToken);
        var seats = await db.Designations.Where(d => d.Status == DesignationStatus.Active)
            .GroupBy(d => d.AreaId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var accounts = await db.StaffAccounts.GroupBy(a => a.AreaId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return areas.Select(a => new AreaListItem(a.Id, a.Name, a.Kind, seats.GetValueOrDefault(a.Id),
            Domain.Areas.Rules.AreaMustHaveFreeAdministratorSeatRule.CapFor(a.Kind), accounts.GetValueOrDefault(a.Id))).ToList();
    }

    private static string CoverageLabel(SpocCoverage? coverage, IReadOnlyList<Domain.Areas.Office> offices) => coverage switch
    {
        null => "Whole Local Area",
        { WholeDivision: true } => "Whole division",
        _ => string.Join(", ", offices.Where(o => coverage.Covers(o.Id)).Select(o => o.Name)),
    };
}
