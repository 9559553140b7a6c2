using CalJobsConsole.App.Security;

namespace CalJobsConsole.App.Features.Records;

public static class FormRecordEndpoints
{
    /// <summary>
    /// GET /records/access-requests/{id}.pdf, /records/designation-forms/{id}.pdf, /records/issue-reports/{id}.pdf: the form's
    /// PDF record (a recorded designation form's as the console filed it when recording it; otherwise drawn now from the form as filed), as an attachment never cached, for a signed-in user whose scope — read from
    /// the database, the cookie trusted only for the user id — takes in the form (SCO-1, as <see cref="FormRecordService"/> says).
    /// 404 unknown, 403 out of scope, or for a user who still owes the password change (CRD-1).
    /// </summary>
    public static IEndpointRouteBuilder MapFormRecordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var kind in FormRecordKinds.All)
            endpoints.MapGet($"/records/{kind.PathSegment()}/{{id:guid}}.pdf", async (Guid id, HttpContext http, ScopeService scopes, FormRecordService records,
                SecurityAudit audit) =>
            {
                var token = http.RequestAborted;
                if (await scopes.ForEndpointAsync(http.User, token) is not { } scope)
                    return await audit.ForbiddenAsync(http, ScopeService.NotUsableReason);
                var read = await ActOutcome.Of(() => records.OpenPdfAsync(scope, kind, id, token));
                if (!read.Succeeded)
                    return await audit.ForbiddenAsync(http, string.Join(", ", read.Codes));
                if (read.Value is not { } download)
                    return Results.NotFound();
                http.Response.NoStore();
                await audit.DownloadedAsync(scope.UserId, $"FormRecord:{kind.PathSegment()}", id, null, download.FileName, token);
                return Results.File(download.Content, "application/pdf", fileDownloadName: download.FileName);
            }).RequireAuthorization();
        return endpoints;
    }
}
