using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.IssueReports.Rules;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.IssueReports;

/// <summary>
/// ISS-1's screens. A staff member reports a problem to the administrators of their staff account's area and office and sees
/// their own reports with the updates relayed to them; an administrator works the reports of their seats (verify, close as
/// user error, complete and submit the reporting form, relay the Operations Unit's replies); the Operations Unit sees every
/// submitted report and replies. Staff have no way to the Operations Unit: the domain refuses it with ISS-1. Every call reads
/// the user's scope from the database first (SCO-1); an administrator's step passes the <see cref="AdministrativeGate"/> (SCO-1,
/// DES-2, REV-1) before the domain's own ISS-1 checks. Reporting is the staff member's own act and replying the Operations
/// Unit's, not an administrator's. Each next party is told through the notification sender.
/// </summary>
public sealed class IssueReportService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    INotificationSender notifications, EvidenceStore store, ILogger<IssueReportService> logger)
{
    private const string Work = "works issue reports and corresponds with the Operations Unit (ISS-1)";

    private static readonly NewIssueReportModelValidator ReportValidator = new();
    private static readonly IssueReportingFormModelValidator FormValidator = new();
    private static readonly IssueNoteModelValidator NoteValidator = new();

    /// <summary>A staff member reports a problem; their area's administrators are told. Invalid input: every message, nothing saved.</summary>
    public async Task<ActOutcome> ReportAsync(NewIssueReportModel model, CancellationToken cancellationToken = default)
    {
        var shape = await ReportValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(string.Join(" ", shape.Errors.Select(e => e.ErrorMessage)));
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var account = scope.IsStaff
                ? await db.StaffAccounts.AsNoTracking().Where(a => a.Id == scope.StaffAccountId).Select(a => new { a.AreaId, a.OfficeId }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var report = IssueReport.Report(account is null ? null : scope.StaffAccountId, account?.AreaId ?? Guid.Empty, account?.OfficeId ?? Guid.Empty,
                model.Summary, model.Description, clock);
            db.IssueReports.Add(report);
            db.Audit(clock, scope.UserId, "IssueReport.Reported", nameof(IssueReport), report.Id, report.AreaId, null, Snapshot(report));
            await db.SaveChangesAsync(cancellationToken);
            await TellAsync(new OutgoingNotification("IssueReported", $"Issue reported by {scope.FullName}: {report.Summary}",
                $"{scope.FullName} reported a CalJOBS problem: {report.Summary}\n\n{report.Description}\n\nVerify it is a system issue and not user error (WSD24-13, ISS-1): /issues/{report.Id}",
                await Recipients.AdministratorsAsync(db, report.AreaId, report.OfficeId, cancellationToken), []), cancellationToken);
        });
    }

    /// <summary>The signed-in staff member's own reports, newest first, with the administrator's note or relayed updates — never the Operations Unit's own words.</summary>
    public async Task<IReadOnlyList<MyIssueReportLine>> MyReportsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reports = await db.IssueReports.AsNoTracking().Include(r => r.Messages).Where(r => r.ReporterId == scope.UserId).ToListAsync(cancellationToken);
        var names = await db.NamesAsync(reports.SelectMany(r => r.Messages.Select(m => m.AuthorId)), cancellationToken);
        return reports.OrderByDescending(r => r.ReportedAt.UtcTicks)
            .Select(r => new MyIssueReportLine(r.Id, r.Summary, r.Description, clock.ToBusinessTime(r.ReportedAt), r.Status, r.UserErrorNote,
                r.Messages.Where(m => m.Kind == IssueMessageKind.RelayedToStaff).OrderBy(m => m.WrittenAt.UtcTicks).Select(m => Line(m, names, r)).ToList()))
            .ToList();
    }

    /// <summary>
    /// One page of the administrator's queue (their seats' reports, SPOC coverage in the query, open ones first, oldest first)
    /// or the Operations Unit's (every area's submitted reports) — scoped, ordered, counted and paged in the database; only the
    /// page's reports, their messages and names are read. Anyone else is refused with SCO-1.
    /// </summary>
    public async Task<ListPage<IssueQueueLine>> QueueAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        BusinessRules.Check(new IssueReportsMustBeWorkedByAdministratorOrOperationsUnitRule(scope.IsOperationsUnit || scope.IsAdministrator));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (wholeAreas, partAreas, coveredOffices) = ListScope.Of(scope, withDirectedAreas: false);
        var query = db.IssueReports.AsQueryable();
        query = scope.IsOperationsUnit
            ? query.Where(r => r.Status == IssueReportStatus.SubmittedToOperationsUnit || r.Status == IssueReportStatus.Resolved
                || wholeAreas.Contains(r.AreaId) || partAreas.Contains(r.AreaId))
            : query.Where(r => wholeAreas.Contains(r.AreaId) || (partAreas.Contains(r.AreaId) && coveredOffices.Contains(r.OfficeId)));
        var ids = await query
            .OrderBy(r => r.Status == IssueReportStatus.ClosedAsUserError || r.Status == IssueReportStatus.Resolved ? 1 : 0)
            .ThenBy(r => r.ReportedAt).ThenBy(r => r.Id)
            .Select(r => r.Id).ToListPageAsync(page, cancellationToken: cancellationToken);
        var onPage = ids.Lines.ToList();
        var reports = await db.IssueReports.AsNoTracking().Include(r => r.Messages).Where(r => onPage.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var areaIds = reports.Values.Select(r => r.AreaId).Distinct().ToList();
        var officeIds = reports.Values.Select(r => r.OfficeId).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var people = await db.NamesAsync(reports.Values.Select(r => r.ReporterId), cancellationToken);
        return ids.With(onPage.Select(id => reports[id])
            .Select(r => new IssueQueueLine(r.Id, areas.GetValueOrDefault(r.AreaId, ""), offices.GetValueOrDefault(r.OfficeId, ""),
                people[r.ReporterId], r.Summary, clock.ToBusinessTime(r.ReportedAt), r.Status,
                SeatFor(scope, r) is null ? 0 : r.UnrelayedReplies.Count))
            .ToList());
    }

    /// <summary>One report: its area's administrators (their coverage) at any time, the Operations Unit once submitted; SCO-1 otherwise.</summary>
    public async Task<IssueReportView> ReportViewAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, reportId, tracked: false, cancellationToken);
        var isAdministrator = report is not null && SeatFor(scope, report) is not null;
        var isOperationsUnit = report is not null && scope.IsOperationsUnit && report.SubmittedAt is not null;
        if (report is null || (!isAdministrator && !isOperationsUnit))
            throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == report.AreaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == report.OfficeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var names = await db.NamesAsync(report.Messages.Select(m => m.AuthorId).Append(report.ReporterId), cancellationToken);
        var reporterEmail = await db.Users.AsNoTracking().Where(u => u.Id == report.ReporterId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return new IssueReportView(report.Id, area ?? "", office ?? "", names[report.ReporterId], reporterEmail, report.Summary, report.Description,
            clock.ToBusinessTime(report.ReportedAt), report.Status, report.UserErrorNote, report.Form,
            report.SubmittedAt is { } submitted ? clock.ToBusinessTime(submitted) : null,
            report.Screenshots.OrderBy(s => s.UploadedAt.UtcTicks).Select(s => new IssueScreenshotLine(s.Id, s.FileName, s.SizeBytes, clock.ToBusinessTime(s.UploadedAt))).ToList(),
            report.Messages.OrderBy(m => m.WrittenAt.UtcTicks).Select(m => Line(m, names, report)).ToList(),
            isAdministrator, scope.IsOperationsUnit && report.SubmittedAt is not null);
    }

    public Task<ActOutcome> VerifyAsync(Guid reportId, CancellationToken cancellationToken = default) =>
        AsAdministratorAsync(reportId, "IssueReport.Verified", (report, actor) => report.VerifyAsSystemIssue(actor, clock), null, cancellationToken);

    /// <summary>Closes the report as user error; the staff member is told with the note.</summary>
    public async Task<ActOutcome> CloseAsUserErrorAsync(Guid reportId, IssueNoteModel model, CancellationToken cancellationToken = default)
    {
        if (await NoteProblemAsync(model, cancellationToken) is { } problem)
            return problem;
        return await AsAdministratorAsync(reportId, "IssueReport.ClosedAsUserError", (report, actor) => report.CloseAsUserError(actor, model.Note, clock),
            async (db, report, scope) => await TellAsync(new OutgoingNotification("IssueClosedAsUserError", $"Your issue report: {report.Summary}",
                $"{scope.FullName} looked at the problem you reported and found it is not a CalJOBS system issue:\n\n{report.UserErrorNote}\n\nYour reports: /issues/mine",
                await PersonAsync(db, report.ReporterId, cancellationToken), []), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Keeps a screenshot with the reporting form, stored like the evidence documents (by SHA-256, PDF, PNG or JPEG, at most
    /// 10 MB, its name and content checked in a temporary file, within the uploader's quota) and moved into place only with the save.
    /// </summary>
    public async Task<ActOutcome> AttachScreenshotAsync(Guid reportId, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        StagedEvidence? staged = null;
        return await AsAdministratorAsync(reportId, "IssueReport.ScreenshotAttached", (report, actor) =>
            // The first call (on an untracked copy, before the file is read) only asks whether the step is allowed.
            report.AttachScreenshot(actor, staged?.DisplayName ?? "screenshot.png", staged?.Stored.FileType ?? EvidenceFileType.Png,
                staged?.Stored.Sha256 ?? new string('0', 64), staged?.Stored.SizeBytes ?? 0, clock),
            null, cancellationToken,
            stage: async (db, scope) =>
            {
                var checkedFile = await store.StageAsync(content, fileName, cancellationToken);
                try
                {
                    await EvidenceQuota.ThrowIfOverAsync(db, scope.UserId, checkedFile.Stored.SizeBytes, store.QuotaBytesPerUser, cancellationToken);
                }
                catch
                {
                    await checkedFile.DisposeAsync();
                    throw;
                }
                return staged = checkedFile;
            });
    }

    /// <summary>The administrator submits the completed reporting form to the Operations Unit, which is told. Staff are refused with ISS-1.</summary>
    public async Task<ActOutcome> SubmitAsync(Guid reportId, IssueReportingFormModel model, CancellationToken cancellationToken = default)
    {
        var shape = await FormValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(string.Join(" ", shape.Errors.Select(e => e.ErrorMessage)));
        // The reporter's e-mail defaults to their own on record; read before the scope check, used only if the check passes.
        var reporterEmail = string.IsNullOrWhiteSpace(model.ReporterEmail) ? await ReporterEmailAsync(reportId, cancellationToken) : model.ReporterEmail;
        return await AsAdministratorAsync(reportId, "IssueReport.SubmittedToOperationsUnit", (report, actor) =>
            report.SubmitToOperationsUnit(actor, IssueReportingForm.Complete(model.WhatHappened, model.Where,
                model.OccurredOn is { } on ? DateOnly.FromDateTime(on) : null, model.OccurredAtTime, model.StepsToReproduce, model.AffectedUsersAndAccounts,
                model.Browser, model.Device, model.Urgency, model.ReporterPhone, reporterEmail, clock), clock),
            async (db, report, scope) => await TellAsync(new OutgoingNotification("IssueSubmitted", $"CalJOBS issue report from {scope.FullName}: {report.Summary}",
                $"{scope.FullName} verified a system issue and submitted the CalJOBS Issue Reporting Form (Attachment 2): {report.Form!.WhatHappened}\n\nOpen it: /issues/{report.Id}",
                await Recipients.OperationsUnitAsync(db, cancellationToken), []), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The Operations Unit replies (and may resolve); the area's administrators are told, to relay it to the staff member. The
    /// Operations Unit's own act, not an administrator's: every administrator is refused with SCO-1.
    /// </summary>
    public async Task<ActOutcome> ReplyAsync(Guid reportId, IssueNoteModel model, CancellationToken cancellationToken = default)
    {
        if (await NoteProblemAsync(model, cancellationToken) is { } problem)
            return problem;
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var report = await LoadAsync(db, reportId, tracked: true, cancellationToken);
            if (report?.SubmittedAt is null)
                throw await scopes.RefusedAsync(NotYours(), cancellationToken);
            var before = Snapshot(report);
            report.ReplyFromOperationsUnit(scope.UserId, model.Note, model.Resolve, clock);
            db.Audit(clock, scope.UserId, "IssueReport.Replied", nameof(IssueReport), report.Id, report.AreaId, before, Snapshot(report));
            await db.SaveChangesAsync(cancellationToken);
            await TellAsync(new OutgoingNotification("IssueReplied", $"The Operations Unit replied{(model.Resolve ? " (resolved)" : "")}: {report.Summary}",
                $"{scope.FullName} (CalJOBS Operations Unit) replied on the issue you submitted:\n\n{model.Note?.Trim()}\n\nRelay it to the staff member: /issues/{report.Id}",
                await Recipients.AdministratorsAsync(db, report.AreaId, report.OfficeId, cancellationToken), []), cancellationToken);
        });
    }

    /// <summary>The administrator relays a reply of the Operations Unit to the staff member, who is told.</summary>
    public async Task<ActOutcome> RelayAsync(Guid reportId, Guid replyId, IssueNoteModel model, CancellationToken cancellationToken = default)
    {
        if (await NoteProblemAsync(model, cancellationToken) is { } problem)
            return problem;
        return await AsAdministratorAsync(reportId, "IssueReport.Relayed", (report, actor) => report.RelayToStaff(actor, replyId, model.Note, clock),
            async (db, report, scope) => await TellAsync(new OutgoingNotification("IssueUpdate", $"Update on your issue report: {report.Summary}",
                $"{scope.FullName}, your area's administrator, passes on the Operations Unit's answer:\n\n{model.Note?.Trim()}\n\nYour reports: /issues/mine",
                await PersonAsync(db, report.ReporterId, cancellationToken), []), cancellationToken), cancellationToken);
    }

    /// <summary>A screenshot for download: the report's area administrators and, once submitted, the Operations Unit; null when unknown or not theirs.</summary>
    public async Task<EvidenceDownload?> OpenScreenshotAsync(UserScope scope, Guid reportId, Guid screenshotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, reportId, tracked: false, cancellationToken);
        if (report is null || (SeatFor(scope, report) is null && !(scope.IsOperationsUnit && report.SubmittedAt is not null)))
            throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        var screenshot = report.Screenshots.SingleOrDefault(s => s.Id == screenshotId);
        return screenshot is not null && store.OpenRead(screenshot.Sha256) is { } content
            ? new EvidenceDownload(content, screenshot.FileName, screenshot.FileType.ContentType()) : null;
    }

    /// <summary>
    /// Loads the report for an administrator's step and calls the domain with the administrator the gate lets through (SCO-1,
    /// DES-2, REV-1 for the report's area and office) — or none, for the staff member who reported it and holds no seat, which
    /// the domain refuses with ISS-1 (staff never reach the Operations Unit). A refused step or a failed save leaves no file.
    /// </summary>
    private Task<ActOutcome> AsAdministratorAsync(Guid reportId, string action, Action<IssueReport, AdministratorActor?> step,
        Func<ConsoleDbContext, IssueReport, UserScope, Task>? tell, CancellationToken cancellationToken,
        Func<ConsoleDbContext, UserScope, Task<StagedEvidence>>? stage = null) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var report = await LoadAsync(db, reportId, tracked: true, cancellationToken);
            var actor = await ActorForAsync(scope, report, cancellationToken);
            StagedEvidence? staged = null;
            try
            {
                if (stage is not null)
                {
                    // Try the step on an untracked copy first: a refused step reads no file.
                    step((await LoadAsync(db, reportId, tracked: false, cancellationToken))!, actor);
                    staged = await stage(db, scope);
                }
                var snapshot = Snapshot(report!);
                step(report!, actor);
                db.Audit(clock, scope.UserId, action, nameof(IssueReport), report!.Id, report.AreaId, snapshot, Snapshot(report));
                if (staged is null)
                    await db.SaveChangesAsync(cancellationToken);
                else
                    await staged.CommitAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
            }
            finally
            {
                if (staged is not null)
                    await staged.DisposeAsync();
            }
            if (tell is not null)
                await tell(db, report, scope);
        });

    /// <summary>The administrator through the gate; null for the staff member who reported it (the domain's ISS-1); SCO-1 for anyone else.</summary>
    private async Task<AdministratorActor?> ActorForAsync(UserScope scope, IssueReport? report, CancellationToken cancellationToken)
    {
        if (report is null || (!scope.IsAdministrator && report.ReporterId != scope.UserId))
            throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        return scope.IsAdministrator
            ? await scopes.GuardAsync(() => AdministrativeGate.Require(scope, report.AreaId, report.OfficeId, work: Work).Administrator, cancellationToken)
            : null;
    }

    private static async Task<ActOutcome?> NoteProblemAsync(IssueNoteModel model, CancellationToken cancellationToken)
    {
        var shape = await NoteValidator.ValidateAsync(model, cancellationToken);
        return shape.IsValid ? null : ActOutcome.Invalid(shape.Errors[0].ErrorMessage);
    }

    private static AdministratorActor? SeatFor(UserScope scope, IssueReport report) =>
        scope.SeatCovering(report.AreaId, report.OfficeId);

    /// <summary>SCO-1 in the same words for a report of another area and one that does not exist.</summary>
    private static BusinessRuleViolationException NotYours() =>
        new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, "issue report")));

    private static async Task<IssueReport?> LoadAsync(ConsoleDbContext db, Guid reportId, bool tracked, CancellationToken cancellationToken)
    {
        var reports = tracked ? db.IssueReports : db.IssueReports.AsNoTracking();
        return await reports.Include(r => r.Messages).Include(r => r.Screenshots).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
    }

    private IssueMessageLine Line(IssueMessage m, PeopleNames names, IssueReport report) =>
        new(m.Id, m.Kind, m.Text, names[m.AuthorId], clock.ToBusinessTime(m.WrittenAt), m.MarksResolved, report.Messages.Any(u => u.RelaysMessageId == m.Id));

    private async Task<string?> ReporterEmailAsync(Guid reportId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IssueReports.AsNoTracking().Where(r => r.Id == reportId)
            .Join(db.Users, r => r.ReporterId, u => u.Id, (_, u) => u.Email).SingleOrDefaultAsync(cancellationToken);
    }

    private static Task<List<NotificationRecipient>> PersonAsync(ConsoleDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken);

    private static object Snapshot(IssueReport r) => new
    {
        Status = r.Status.ToString(), r.Summary, r.HandledById, r.UserErrorNote, r.SubmittedAt, r.ResolvedAt, Messages = r.Messages.Count,
        Screenshots = r.Screenshots.Select(s => s.Sha256).ToList(), r.Version,
    };

    /// <summary>The change is saved; a message that cannot go is logged, not thrown (the screens show the state).</summary>
    private Task TellAsync(OutgoingNotification notification, CancellationToken cancellationToken) =>
        notifications.SendAfterSaveAsync(notification, logger, cancellationToken);
}
