using CalJobsConsole.App.Security;

namespace CalJobsConsole.App.Features.Evidence;

public static class EvidenceEndpoints
{
    /// <summary>
    /// GET /evidence/{id}: the file as an attachment, for a signed-in user whose scope — read from the database, the
    /// cookie trusted only for the user id — includes the document's area (SCO-1). 404 unknown, 403 out of scope.
    /// </summary>
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/evidence/{documentId:guid}", async (Guid documentId, HttpContext http, ScopeService scopes, EvidenceService evidence,
            SecurityAudit audit) =>
        {
            var token = http.RequestAborted;
            // Nobody, or somebody who still owes the password change after a temporary password (CRD-1): no file.
            if (await scopes.ForEndpointAsync(http.User, token) is not { } scope)
                return await audit.ForbiddenAsync(http, ScopeService.NotUsableReason);
            var read = await ActOutcome.Of(() => evidence.OpenAsync(scope, documentId, token));
            if (!read.Succeeded)
                return await audit.ForbiddenAsync(http, string.Join(", ", read.Codes));
            if (read.Value is not { } download)
                return Results.NotFound();
            http.Response.NoStore();
            await audit.DownloadedAsync(scope.UserId, "EvidenceDocument", documentId, null, download.DisplayName, token);
            return Results.File(download.Content, download.ContentType, fileDownloadName: download.DisplayName);
        }).RequireAuthorization();
        return endpoints;
    }
}
