using System.Runtime.CompilerServices;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.AuditLog;

/// <summary>
/// The Operations Unit's view of the whole audit trail: a search paged in the database (newest first, 25 a page, with the
/// total), its CSV export read a page at a time, and the verification of the hash chain (AU-9(3), docs/audit.md). Everyone
/// else is refused with SCO-1 here, whatever the menu shows.
/// </summary>
public sealed class AuditLogService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, AuditChainVerifier verifier, BusinessClock clock)
{
    public const int ExportBatch = 100;

    /// <summary>The word that finds the records of background jobs (no person acted).</summary>
    public const string SystemActor = "system";

    public static readonly string[] CsvHeader = ["No.", "When (UTC)", "Who", "Action", "Action code", "Record type", "Record id", "Area", "Request", "Before", "After"];

    public async Task<AuditPage> SearchAsync(AuditFilter filter, int pageIndex, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken, "searches the audit trail");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = Filtered(db, filter);
        var total = await records.CountAsync(cancellationToken);
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / AuditPage.PageSize));
        return new AuditPage(await LinesAsync(db, records, pageIndex * AuditPage.PageSize, AuditPage.PageSize, cancellationToken), total, pageIndex);
    }

    /// <summary>The actions recorded so far (with their words) and the areas, for the filter's lists.</summary>
    public async Task<AuditFilterOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken, "searches the audit trail");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actions = await db.AuditRecords.Select(r => r.Action).Distinct().OrderBy(a => a).Take(QueryLimits.Options).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new AuditAreaOption(a.Id, a.Name)).ToListAsync(cancellationToken);
        return new AuditFilterOptions(actions.Select(a => new AuditActionOption(a, AuditActionLabels.For(a))).OrderBy(a => a.Label).ToList(), areas);
    }

    /// <summary>Walks the hash chain (a page of records at a time) and says whether it is intact or where it first broke.</summary>
    public async Task<AuditChainReport> ReadVerificationAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken, "verifies the audit trail");
        return await verifier.VerifyAsync(cancellationToken);
    }

    /// <summary>Every record the filter matches, newest first, read <see cref="ExportBatch"/> at a time for the CSV export.</summary>
    public async IAsyncEnumerable<AuditLine> ExportAsync(UserScope scope, AuditFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BusinessRules.Check(new UserMustBeInOperationsUnitRule(scope.IsOperationsUnit, "exports the audit trail"));
        long? beforeId = null;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var records = Filtered(db, filter);
            if (beforeId is { } below)
                records = records.Where(r => r.Id < below);
            var batch = await LinesAsync(db, records, 0, ExportBatch, cancellationToken);
            foreach (var line in batch)
                yield return line;
            if (batch.Count < ExportBatch)
                yield break;
            beforeId = batch[^1].Id;
        }
    }

    public static string?[] CsvCells(AuditLine line) =>
    [
        line.Id.ToString(), line.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"), line.Actor, line.ActionLabel, line.Action, line.EntityType,
        line.EntityId.ToString(), line.Area, line.RequestId?.ToString(), line.Before, line.After,
    ];

    private IQueryable<AuditRecord> Filtered(ConsoleDbContext db, AuditFilter filter)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (filter.Who?.Trim() is { Length: > 0 } who)
        {
            if (string.Equals(who, SystemActor, StringComparison.OrdinalIgnoreCase))
                records = records.Where(r => r.ActorId == null);
            else
            {
                var pattern = ListText.ContainsPattern(who)!;
                records = records.Where(r => db.Users.Any(u => u.Id == r.ActorId && (EF.Functions.Like(u.FullName.ToLower(), pattern, @"\")
                    || EF.Functions.Like(u.Email!.ToLower(), pattern, @"\") || EF.Functions.Like(u.UserName!.ToLower(), pattern, @"\"))));
            }
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
            records = records.Where(r => r.Action == filter.Action);
        if (filter.AreaId is { } areaId)
            records = records.Where(r => r.AreaId == areaId);
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            records = records.Where(r => r.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            records = records.Where(r => r.At < end);
        }
        return records;
    }

    /// <summary>Midnight of <paramref name="date"/> in the business time zone, as an instant.</summary>
    private DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, clock.Zone), TimeSpan.Zero);
    }

    private async Task<List<AuditLine>> LinesAsync(ConsoleDbContext db, IQueryable<AuditRecord> records, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await records.OrderByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var names = await db.NamesAsync(page.Select(r => r.ActorId), cancellationToken);
        var areaIds = page.Where(r => r.AreaId != null).Select(r => r.AreaId!.Value).Distinct().ToList();
        var areas = areaIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return page.Select(r => new AuditLine(r.Id, r.At, BusinessTime.FormatLabelled(r.At, clock), r.ActorId is { } actor ? names[actor] : "System (background job)",
            r.Action, AuditActionLabels.For(r.Action), r.EntityType, r.EntityId, r.AreaId is { } area ? areas.GetValueOrDefault(area) : null,
            r.RequestId, r.Before, r.After)).ToList();
    }

    private static class QueryLimits
    {
        /// <summary>The actions the filter lists: the console records a few dozen kinds.</summary>
        public const int Options = 400;
    }
}
