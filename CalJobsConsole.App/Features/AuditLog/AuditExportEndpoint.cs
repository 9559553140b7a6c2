using CalJobsConsole.App.Features.Lists;
using Microsoft.AspNetCore.Mvc;

namespace CalJobsConsole.App.Features.AuditLog;

/// <summary>
/// GET /audit/export.csv (the Operations Unit's): every record the audit search's filter matches (the same query parameters, all
/// pages), newest first, streamed from the database a batch at a time. Never cached (<c>Cache-Control: no-store</c>): the trail
/// holds people's names and states. 403 for anyone outside the Operations Unit.
/// </summary>
public static class AuditExportEndpoint
{
    public const string Path = "/audit/export.csv";

    public static IEndpointRouteBuilder MapAuditExportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] AuditFilter filter, HttpContext http, Security.ScopeService scopes, AuditLogService audit,
            Security.SecurityAudit security) =>
        {
            if (await scopes.ForEndpointAsync(http.User, http.RequestAborted) is not { IsOperationsUnit: true } scope)
                return await security.ForbiddenAsync(http, "SCO-1: the audit trail is the Operations Unit's");
            await security.ExportedAsync(scope.UserId, "audit trail", http.Request.QueryString.Value, http.RequestAborted);
            await ListExportEndpoints.WriteAsync(http, "audit-trail.csv", AuditLogService.CsvHeader, audit.ExportAsync(scope, filter, http.RequestAborted),
                AuditLogService.CsvCells);
            return Results.Empty;
        }).RequireAuthorization();
        return endpoints;
    }

    /// <summary>The export's address for <paramref name="filter"/>: the same query parameters the endpoint binds.</summary>
    public static string Href(AuditFilter filter) => Path.TrimStart('/') + ListText.QueryString(
        (nameof(AuditFilter.Who), filter.Who), (nameof(AuditFilter.Action), filter.Action), (nameof(AuditFilter.AreaId), filter.AreaId?.ToString()),
        (nameof(AuditFilter.From), filter.From?.ToString("yyyy-MM-dd")), (nameof(AuditFilter.To), filter.To?.ToString("yyyy-MM-dd")));
}
