using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// GET /accounts/export.csv, /inbox/export.csv and /people/export.csv (the Operations Unit's): every row the list's filter shows (the same query parameters, all pages),
/// streamed from the database into an RFC 4180 attachment. SCO-1 is read from the database as for the pages; 403 out of scope.
/// </summary>
public static class ListExportEndpoints
{
    public static IEndpointRouteBuilder MapListExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/accounts/export.csv", async ([AsParameters] AccountListFilter filter, HttpContext http, ScopeService scopes,
            AccountListService accounts, SecurityAudit audit) =>
        {
            if (await scopes.ForEndpointAsync(http.User, http.RequestAborted) is not { } scope || !AccountListQuery.MayList(scope))
                return await audit.ForbiddenAsync(http, "SCO-1: the account list is not part of this user's role");
            await audit.ExportedAsync(scope.UserId, "accounts", http.Request.QueryString.Value, http.RequestAborted);
            await WriteAsync(http, "accounts.csv", AccountListService.CsvHeader,
                accounts.ExportAsync(scope, filter, http.RequestAborted), AccountListService.CsvCells);
            return Results.Empty;
        }).RequireAuthorization();
        endpoints.MapGet("/inbox/export.csv", async ([AsParameters] InboxFilter filter, HttpContext http, ScopeService scopes, InboxService inbox,
            SecurityAudit audit) =>
        {
            if (await scopes.ForEndpointAsync(http.User, http.RequestAborted) is not { } scope || !InboxListQuery.MayList(scope))
                return await audit.ForbiddenAsync(http, "SCO-1: the request list is not part of this user's role");
            await audit.ExportedAsync(scope.UserId, "requests", http.Request.QueryString.Value, http.RequestAborted);
            await WriteAsync(http, "requests.csv", inbox.CsvHeader, inbox.ExportAsync(scope, filter, http.RequestAborted), inbox.CsvCells);
            return Results.Empty;
        }).RequireAuthorization();
        endpoints.MapGet("/people/export.csv", async (string? search, string? role, HttpContext http, ScopeService scopes,
            People.PeopleService people, SecurityAudit audit) =>
        {
            if (await scopes.ForEndpointAsync(http.User, http.RequestAborted) is not { IsOperationsUnit: true } scope)
                return await audit.ForbiddenAsync(http, "SCO-1: the people list is the Operations Unit's");
            await audit.ExportedAsync(scope.UserId, "people", http.Request.QueryString.Value, http.RequestAborted);
            await WriteAsync(http, "people.csv", People.PeopleService.CsvHeader, people.ExportAsync(scope, search, role, http.RequestAborted),
                People.PeopleService.CsvCells);
            return Results.Empty;
        }).RequireAuthorization();
        return endpoints;
    }

    internal static async Task WriteAsync<T>(HttpContext http, string fileName, string[] header, IAsyncEnumerable<T> rows, Func<T, string?[]> cells)
    {
        http.Response.ContentType = CsvFile.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.NoStore();
        await using var writer = new StreamWriter(http.Response.Body, CsvFile.Encoding, bufferSize: 16 * 1024, leaveOpen: true);
        await using (var csv = CsvFile.Writer(writer))
        {
            CsvFile.WriteRow(csv, header);
            var written = 0;
            await foreach (var row in rows)
            {
                CsvFile.WriteRow(csv, cells(row));
                if (++written % 1000 == 0)
                    await csv.FlushAsync(http.RequestAborted); // stream as we go: the response never holds the whole file
            }
        }
        await writer.FlushAsync(http.RequestAborted);
    }
}
