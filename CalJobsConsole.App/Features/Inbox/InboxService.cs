using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Inbox;

/// <summary>
/// The administrator's inbox (REQ-1): the System Access Requests of their area(s) — for a SPOC only the offices their
/// coverage names — oldest first, and the decision on each: approve, return for correction, reject. SCO-1 on the server:
/// a request outside the administrator's seats is refused without data. Each decision is taken against the version the
/// administrator opened, so two administrators deciding at once cannot both win.
/// </summary>
public sealed class InboxService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, AttestationPolicy policy)
{
    private static readonly DecisionNoteModelValidator Validator = new();

    public static readonly string[] CsvHeader = ["Submitted (UTC)", "Kind", "Staff name", "E-mail", "Office", "Area", "Status"];

    /// <summary>Every request the signed-in administrator decides, oldest first; kind and status (none: any) filter in the query.</summary>
    public async Task<IReadOnlyList<InboxLine>> InboxAsync(AccessRequestKind? kind = null, AccessRequestStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filter = new InboxFilter(Status: status?.ToString() ?? InboxFilter.AnyStatus, Kind: kind?.ToString());
        return await new InboxListQuery(filter).Build(db, scope).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the inbox (25 rows, the last page if the filter asks past the end), filtered, searched and sorted in the
    /// database: only the page's rows are read. The administrator's seats, or every area for the Operations Unit (SCO-1).
    /// </summary>
    public async Task<ListPage<InboxLine>> PageAsync(InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        var query = new InboxListQuery(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = query.Build(db, scope);
        var total = await lines.CountAsync(cancellationToken);
        var page = Math.Min(query.Page, Math.Max(1, (total + ListText.PageSize - 1) / ListText.PageSize));
        var rows = await lines.Skip((page - 1) * ListText.PageSize).Take(ListText.PageSize).ToListAsync(cancellationToken);
        return new ListPage<InboxLine>(rows, total, page, query.Notes);
    }

    /// <summary>Every request the filter matches, in its order, streamed from the database one at a time (SCO-1 checked first).</summary>
    public async IAsyncEnumerable<InboxLine> ExportAsync(UserScope scope, InboxFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var line in new InboxListQuery(filter).Build(db, scope).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return line;
    }

    public static string?[] CsvCells(InboxLine line) =>
        [line.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm"), line.Kind.DisplayName(), line.StaffName, line.StaffEmail, line.OfficeName,
            line.AreaName, line.Status.ToString()];

    /// <summary>One request of the administrator's inbox, with every reason approval is refused now; SCO-1 for anyone else's.</summary>
    /// <remarks>
    /// The Operations Unit, which lists every area's requests, opens one read-only (no eligibility, no decision): the area's
    /// administrator decides (SCO-1), and every decision below still asks for the administrator.
    /// </remarks>
    public async Task<InboxRequest> RequestAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var viewOnly = scope.IsOperationsUnit && request is not null && SeatFor(scope, request) is null;
        var actor = viewOnly ? null : await ActorForAsync(db, RequestActor.RequireAdministrator(scope), request, cancellationToken);
        var areaName = actor?.AreaName ?? await db.Areas.AsNoTracking().Where(a => a.Id == request!.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == request!.OfficeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var form = request!.Form;
        return new InboxRequest(request.Id, request.Kind, request.Status, form.Staff.FullName, form.Staff.Email, form.StaffKind,
            office ?? "", areaName, request.SubmittedAt, form.Attestations?.IspaCompletedOn, form.Attestations?.Statement.Date,
            form.Attestations?.Statement.Refused ?? false, form.SeparationDate, form.BusinessNeed, request.DecisionNote, request.Version,
            actor is null ? [] : request.ApprovalEligibility(actor, clock, policy), viewOnly);
    }

    public Task<InboxOutcome> ApproveAsync(Guid requestId, int version, CancellationToken cancellationToken = default) =>
        InboxOutcome.Of(() => DecideAsync(requestId, version, "AccessRequest.Approved",
            (request, actor) => request.Approve(actor, clock, policy), cancellationToken));

    public Task<InboxOutcome> ReturnForCorrectionAsync(Guid requestId, int version, DecisionNoteModel model, CancellationToken cancellationToken = default) =>
        NoteChecked(model, () => DecideAsync(requestId, version, "AccessRequest.ReturnedForCorrection",
            (request, actor) => request.ReturnForCorrection(actor, model.Note, clock), cancellationToken));

    public Task<InboxOutcome> RejectAsync(Guid requestId, int version, DecisionNoteModel model, CancellationToken cancellationToken = default) =>
        NoteChecked(model, () => DecideAsync(requestId, version, "AccessRequest.Rejected",
            (request, actor) => request.Reject(actor, model.Note, clock), cancellationToken));

    private static async Task<InboxOutcome> NoteChecked(DecisionNoteModel model, Func<Task> action)
    {
        // The dialog validated already; the server checks again, and the domain refuses an empty note too.
        var result = await Validator.ValidateAsync(model);
        return result.IsValid ? await InboxOutcome.Of(action) : new InboxOutcome([], result.Errors[0].ErrorMessage);
    }

    private async Task DecideAsync(Guid requestId, int version, string action, Action<AccessRequest, AdministratorActor> decide,
        CancellationToken cancellationToken)
    {
        var scope = await RequireAdministratorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var actor = await ActorForAsync(db, scope, request, cancellationToken);
        // Decided or corrected since the administrator opened it: the same answer as losing the race at the save below.
        if (request!.Version != version)
            throw new DbUpdateConcurrencyException(InboxOutcome.ChangedMessage);
        var before = Snapshot(request);
        decide(request, actor);
        db.Audit(clock, scope.UserId, action, nameof(AccessRequest), request.Id, request.AreaId, before, Snapshot(request), request.Id);
        // A decision saved by someone else meanwhile moved the version: this save matches no row and is refused.
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<UserScope> RequireAdministratorAsync(CancellationToken cancellationToken) =>
        RequestActor.RequireAdministrator(await scopes.RequireSignedInAsync(cancellationToken));

    private static Task<AdministratorActor> ActorForAsync(ConsoleDbContext db, UserScope scope, AccessRequest? request, CancellationToken cancellationToken) =>
        Task.FromResult(RequestActor.For(scope, request));

    private static AdministratorActor? SeatFor(UserScope scope, AccessRequest request) => RequestActor.SeatFor(scope, request);

    private static object Snapshot(AccessRequest r) => new { r.Status, r.DecidedById, r.DecidedAt, r.DecisionNote, r.Version };
}
