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
            if (await scopes.ForEndpointAsync(http.User, token) is not { } scope)
                return await audit.ForbiddenAsync(http, ScopeService.NotUsableReason);
            try
            {
                if (await reports.OpenScreenshotAsync(scope, reportId, screenshotId, token) is not { } download)
                    return Results.NotFound();
                http.Response.NoStore();
                await audit.DownloadedAsync(scope.UserId, "IssueReportScreenshot", screenshotId, null, download.DisplayName, token);
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
