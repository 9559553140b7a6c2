using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Records;
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
public sealed class InboxService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, AttestationPolicy policy,
    FormRecordFiling filing)
{
    private static readonly DecisionNoteModelValidator Validator = new();

    /// <summary>The CSV export's columns; the submission time is on the business clock, named in the header.</summary>
    public string[] CsvHeader => [$"Submitted ({BusinessTime.ZoneLabel(clock)})", "Kind", "Staff name", "E-mail", "Office", "Area", "Status"];

    /// <summary>Every request the signed-in administrator decides, oldest first; kind and status (none: any) filter in the query.</summary>
    public async Task<IReadOnlyList<InboxLine>> InboxAsync(AccessRequestKind? kind = null, AccessRequestStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filter = new InboxFilter(Status: status?.ToString() ?? InboxFilter.AnyStatus, Kind: kind?.ToString());
        var lines = await scopes.GuardAsync(() => new InboxListQuery(filter).Build(db, scope), cancellationToken);
        return await lines.ToListAsync(cancellationToken);
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
        var lines = await scopes.GuardAsync(() => query.Build(db, scope), cancellationToken);
        return await lines.ToListPageAsync(query.Page, query.Notes, cancellationToken);
    }

    /// <summary>Every request the filter matches, in its order, streamed from the database one at a time (SCO-1 checked first).</summary>
    public async IAsyncEnumerable<InboxLine> ExportAsync(UserScope scope, InboxFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var line in new InboxListQuery(filter).Build(db, scope).TagWith("row-limit-exempt: CSV export streams every matching request").AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return line;
    }

    public string?[] CsvCells(InboxLine line) =>
        [BusinessTime.Format(line.SubmittedAt, clock), line.Kind.DisplayName(), line.StaffName, line.StaffEmail, line.OfficeName,
            line.AreaName, line.Status.DisplayName()];

    /// <summary>
    /// One request of the administrator's inbox: the Attachment 3 as filed, in words; who may grant its privilege group and what
    /// approving does with it (GRP-1..3); every reason approval is refused now. SCO-1 for anyone else's.
    /// </summary>
    /// <remarks>
    /// The eligibility is evaluated for the seat that covers the request, so an untrained or suspended administrator sees
    /// DES-2 or REV-1 listed with every unmet prerequisite instead of a refusal. The Operations Unit, which lists every area's
    /// requests, opens one read-only (no eligibility, no decision): the area's administrator decides (SCO-1).
    /// </remarks>
    public async Task<InboxRequest> RequestAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var seat = request is null ? null : RequestActor.SeatFor(scope, request);
        var viewOnly = seat is null && scope.IsOperationsUnit && request is not null;
        if (seat is null && !viewOnly)
            throw await scopes.RefusedAsync(RequestActor.NotYours(), cancellationToken);
        var facts = await FactsAsync(db, request!, seat?.Role, cancellationToken);
        var awaitsDecision = request!.Status == AccessRequestStatus.Submitted && !viewOnly;
        return new InboxRequest(request.Id, request.Kind, request.Status, facts.AreaName, FiledRequestWording.Fields(request, facts, clock),
            FiledRequestWording.GroupGrant(request, facts, awaitsDecision), request.DecisionNote, request.Version,
            seat is null ? [] : request.ApprovalEligibility(seat, clock, policy), viewOnly);
    }

    /// <summary>The names the request points to (area, office, requestor, account, group), each read by its id.</summary>
    private static async Task<FiledRequestFacts> FactsAsync(ConsoleDbContext db, AccessRequest request, AdministratorRole? seatRole,
        CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == request.AreaId).Select(a => new { a.Name, a.Kind }).SingleAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == request.OfficeId)
            .Select(o => new { o.Name, o.LocalAreaId, o.ServingDivisionId }).SingleOrDefaultAsync(cancellationToken);
        var counterpartId = office is null ? (Guid?)null : office.LocalAreaId == request.AreaId ? office.ServingDivisionId : office.LocalAreaId;
        var counterpart = await db.Areas.AsNoTracking().Where(a => a.Id == counterpartId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        var requestor = (await db.NamesAsync([request.RequestorId], cancellationToken))[request.RequestorId];
        var username = request.AccountId is { } accountId
            ? await db.StaffAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Username).SingleOrDefaultAsync(cancellationToken)
            : null;
        var catalog = request.Form.RequestedGroupId is null ? null : await AccountCreationService.CatalogAsync(db, cancellationToken);
        var group = catalog?.Groups.SingleOrDefault(g => g.Id == request.Form.RequestedGroupId);
        IReadOnlyList<string> grants = catalog is not null && seatRole is { } role
            ? AccountCreationService.OfferedGroups(role, catalog).Select(g => g.Name).ToList() : [];
        return new FiledRequestFacts(area.Name, area.Kind, office?.Name ?? "", counterpart, requestor, username, group, seatRole, grants);
    }


    /// <summary>
    /// The administrator approves, signing the approval statement with their own name as on record (REQ-1): a name that is
    /// not theirs is refused and nothing changes.
    /// </summary>
    /// <summary>
    /// Approves and signs (REQ-1), and the console files the approved form's PDF record as the act's request form (DOC-1,
    /// issue 20) in the same save.
    /// </summary>
    public Task<ActOutcome> ApproveAsync(Guid requestId, int version, string? signatureName, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => DecideAsync(requestId, version, "AccessRequest.Approved",
            (request, actor) => request.Approve(actor,
                Signature.Sign(AttestationStatement.RequestApproval, actor.PersonId, actor.Name, signatureName, clock), clock, policy), cancellationToken,
            (db, request, actor) => filing.FileApprovedRequestAsync(db, request, actor.PersonId, cancellationToken)));

    public Task<ActOutcome> ReturnForCorrectionAsync(Guid requestId, int version, DecisionNoteModel model, CancellationToken cancellationToken = default) =>
        NoteChecked(model, () => DecideAsync(requestId, version, "AccessRequest.ReturnedForCorrection",
            (request, actor) => request.ReturnForCorrection(actor, model.Note, clock), cancellationToken));

    public Task<ActOutcome> RejectAsync(Guid requestId, int version, DecisionNoteModel model, CancellationToken cancellationToken = default) =>
        NoteChecked(model, () => DecideAsync(requestId, version, "AccessRequest.Rejected",
            (request, actor) => request.Reject(actor, model.Note, clock), cancellationToken));

    private static async Task<ActOutcome> NoteChecked(DecisionNoteModel model, Func<Task> action)
    {
        // The dialog validated already; the server checks again, and the domain refuses an empty note too.
        var result = await Validator.ValidateAsync(model);
        return result.IsValid ? await ActOutcome.Of(action) : ActOutcome.Invalid(result.Errors[0].ErrorMessage);
    }

    /// <summary>A decision through the gate (<see cref="RequestActor.For"/>: SCO-1, DES-2, REV-1 at once), taken against the version opened.</summary>
    private async Task DecideAsync(Guid requestId, int version, string action, Action<AccessRequest, AdministratorActor> decide,
        CancellationToken cancellationToken, Func<ConsoleDbContext, AccessRequest, AdministratorActor, Task>? thenAsync = null)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var actor = await scopes.GuardAsync(() => RequestActor.For(scope, request), cancellationToken);
        // Decided or corrected since the administrator opened it: the same answer as losing the race at the save below.
        Versioning.RequireUnchanged(request!.Version, version);
        var before = Snapshot(request);
        decide(request, actor);
        db.Audit(clock, scope.UserId, action, nameof(AccessRequest), request.Id, request.AreaId, before, Snapshot(request), request.Id);
        if (thenAsync is not null)
            await thenAsync(db, request, actor);
        // A decision saved by someone else meanwhile moved the version: this save matches no row and is refused.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static object Snapshot(AccessRequest r) => new { r.Status, r.DecidedById, r.DecidedAt, r.DecisionNote, r.Version };
}
