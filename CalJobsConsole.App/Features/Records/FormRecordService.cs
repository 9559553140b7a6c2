using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// A PDF record ready to send: the record as it reads now, the PDF's bytes and the name to save it under. <paramref name="Filed"/>
/// is set when the bytes are the file the console filed when the form was decided (a recorded designation form), not a
/// rendering made now.
/// </summary>
public sealed record FormRecordDownload(FormRecord Record, byte[] Content, string FileName, FiledRecord? Filed = null);

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
public sealed class FormRecordService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, FormRecordPdf pdf,
    EvidenceStore store)
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

    /// <summary>
    /// The record as PDF, for a scope already read from the database: a recorded designation form's filed file (issue 20: what
    /// was recorded stays what is downloaded), otherwise the record rendered now. Null when there is no such form; SCO-1 when out
    /// of scope.
    /// </summary>
    public async Task<FormRecordDownload?> OpenPdfAsync(UserScope scope, FormRecordKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        if (await ForAsync(scope, kind, id, cancellationToken) is not { } record)
            return null;
        if (kind == FormRecordKind.DesignationForm && await FiledAsync(id, cancellationToken) is { } filed)
            return new FormRecordDownload(record, filed.Content, kind.FileName(id), filed.Record);
        return new FormRecordDownload(record, pdf.Render(record).Content, kind.FileName(id));
    }

    /// <summary>A designation form's filed PDF and its record, when the console filed one and the store still holds it.</summary>
    private async Task<(byte[] Content, FiledRecord Record)?> FiledAsync(Guid formId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filed = await db.DesignationForms.AsNoTracking().Where(f => f.Id == formId).Select(f => f.FiledRecord).SingleOrDefaultAsync(cancellationToken);
        if (filed is null || store.OpenRead(filed.Sha256) is not { } stream)
            return null;
        await using (stream)
        {
            using var content = new MemoryStream();
            await stream.CopyToAsync(content, cancellationToken);
            return (content.ToArray(), filed);
        }
    }

    private async Task<FormRecord?> AccessRequestAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
            return null;
        if (!scope.MayViewRequest(request) && request.RequestorId != scope.UserId)
            throw await scopes.RefusedAsync(OutOfScope("request"), cancellationToken);
        return await AccessRequestRecord.BuildAsync(db, request, clock, cancellationToken);
    }

    private async Task<FormRecord?> DesignationFormAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var form = await db.DesignationForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (form is null)
            return null;
        var area = await db.Areas.AsNoTracking().Include(a => a.Designees).SingleAsync(a => a.Id == form.AreaId, cancellationToken);
        if (!scope.IsOperationsUnit && !SignsFormsOf(scope, area))
            throw await scopes.RefusedAsync(OutOfScope("designation form"), cancellationToken);
        return await DesignationFormRecord.BuildAsync(db, form, clock, cancellationToken);
    }

    private async Task<FormRecord?> IssueReportAsync(ConsoleDbContext db, UserScope scope, Guid id, CancellationToken cancellationToken)
    {
        var report = await db.IssueReports.AsNoTracking().Include(r => r.Messages).Include(r => r.Screenshots)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
            return null;
        if (!MayViewIssueReport(scope, report))
            throw await scopes.RefusedAsync(OutOfScope("issue report"), cancellationToken);
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
