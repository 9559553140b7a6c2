using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Records;

/// <summary>A PDF record ready to send: the record it shows, the rendered file with its hashes, and the name to save it under.</summary>
public sealed record FormRecordDownload(FormRecord Record, FormRecordFile File, string FileName);

/// <summary>
/// The PDF records of the directive's forms (issue 20): each form read from the database as filed, for whoever may see the form
/// on its page (SCO-1, read from the database) — the same people as there:
/// <list type="bullet">
/// <item>a System Access Request: whoever may view the request (its area's administrators whose coverage takes in its office,
/// the area's Director, the Operations Unit: <see cref="UserScope.MayViewRequest"/>, as for its evidence) and the requestor who
/// filed it (My requests);</item>
/// <item>a designation form: the Operations Unit, and whoever signs the area's forms now — its Director (with the role) or a
/// current designee — as on the designation forms page;</item>
/// <item>an issue report: its area's administrators whose coverage takes in its office, and the Operations Unit once submitted,
/// as on the issue report page. The staff member who reported it does not get the form: it holds the Operations Unit's words.</item>
/// </list>
/// Unknown: null. Out of scope: refused with SCO-1 without data.
/// </summary>
public sealed class FormRecordService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, FormRecordPdf pdf)
{
    /// <summary>The signed-in user's record of a form; null when there is no such form; SCO-1 when out of scope.</summary>
    public async Task<FormRecord?> ForAsync(FormRecordKind kind, Guid id, CancellationToken cancellationToken = default) =>
        await ForAsync(await scopes.RequireSignedInAsync(cancellationToken), kind, id, cancellationToken);

    /// <summary>As <see cref="ForAsync(FormRecordKind, Guid, CancellationToken)"/> for a scope already read from the database (the download endpoint).</summary>
    public async Task<FormRecord?> ForAsync(UserScope scope, FormRecordKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            FormRecordKind.AccessRequest => await AccessRequestAsync(db, scope, id, cancellationToken),
            FormRecordKind.DesignationForm => await DesignationFormAsync(db, scope, id, cancellationToken),
            _ => await IssueReportAsync(db, scope, id, cancellationToken),
        };
    }

    /// <summary>The record rendered as PDF, for a scope already read from the database; null when there is no such form; SCO-1 when out of scope.</summary>
    public async Task<FormRecordDownload?> OpenPdfAsync(UserScope scope, FormRecordKind kind, Guid id, CancellationToken cancellationToken = default) =>
        await ForAsync(scope, kind, id, cancellationToken) is { } record
            ? new FormRecordDownload(record, pdf.Render(record), kind.FileName(id))
            : null;

    private async Task<FormRecord?> AccessRequestAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
            return null;
        if (!scope.MayViewRequest(request) && request.RequestorId != scope.UserId)
            throw OutOfScope("request");
        return await AccessRequestRecord.BuildAsync(db, request, clock, cancellationToken);
    }

    private async Task<FormRecord?> DesignationFormAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var form = await db.DesignationForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (form is null)
            return null;
        var area = await db.Areas.AsNoTracking().Include(a => a.Designees).SingleAsync(a => a.Id == form.AreaId, cancellationToken);
        if (!scope.IsOperationsUnit && !SignsFormsOf(scope, area))
            throw OutOfScope("designation form");
        return await DesignationFormRecord.BuildAsync(db, form, clock, cancellationToken);
    }

    private async Task<FormRecord?> IssueReportAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var report = await db.IssueReports.AsNoTracking().Include(r => r.Messages).Include(r => r.Screenshots)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
            return null;
        if (!MayViewIssueReport(scope, report))
            throw OutOfScope("issue report");
        return await IssueReportRecord.BuildAsync(db, report, clock, cancellationToken);
    }

    /// <summary>
    /// DES-1, as <c>DesignationFormService</c> lists the areas a person signs for: the areas they direct (with the Director role),
    /// and those naming them a current designee (a Director without the role signs nothing).
    /// </summary>
    private bool SignsFormsOf(UserScope scope, Area area) =>
        scope.DirectedAreas.Any(a => a.Id == area.Id) || (area.DirectorId != scope.UserId && area.MaySignDesignationForms(scope.UserId, clock.Today));

    /// <summary>As <c>IssueReportService.ReportViewAsync</c>: an administrator whose seat covers the report's office, or the Operations Unit once submitted.</summary>
    private static bool MayViewIssueReport(UserScope scope, IssueReport report) =>
        scope.SeatCovering(report.AreaId, report.OfficeId) is not null || (scope.IsOperationsUnit && report.SubmittedAt is not null);

    private static BusinessRuleViolationException OutOfScope(string record) => new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, record)));
}
