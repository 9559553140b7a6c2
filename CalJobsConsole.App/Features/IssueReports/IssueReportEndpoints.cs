using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.IssueReports;

public static class IssueReportEndpoints
{
    /// <summary>
    /// GET /issues/{reportId}/screenshots/{screenshotId}: a screenshot of the reporting form as an attachment, for the report's
    /// area administrators and, once submitted, the Operations Unit (SCO-1, read from the database). 404 unknown, 403 not theirs.
    /// </summary>
    public static IEndpointRouteBuilder MapIssueReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/issues/{reportId:guid}/screenshots/{screenshotId:guid}", async (Guid reportId, Guid screenshotId, HttpContext http,
            ScopeService scopes, IssueReportService reports, SecurityAudit audit) =>
        {
            var token = http.RequestAborted;
            if (CurrentUser.IdOf(http.User) is not { } userId || await scopes.ForUserAsync(userId, token) is not { MustChangePassword: false } scope)
                return await audit.ForbiddenAsync(http, "not signed in, or the password change is owed (CRD-1)");
            try
            {
                if (await reports.OpenScreenshotAsync(scope, reportId, screenshotId, token) is not { } download)
                    return Results.NotFound();
                http.Response.NoStore();
                await audit.DownloadedAsync(userId, "IssueReportScreenshot", screenshotId, null, download.DisplayName, token);
                return Results.File(download.Content, download.ContentType, fileDownloadName: download.DisplayName);
            }
            catch (BusinessRuleViolationException violation)
            {
                return await audit.ForbiddenAsync(http, string.Join(", ", violation.BrokenRules.Select(r => r.Code)));
            }
        }).RequireAuthorization();
        return endpoints;
    }
}
