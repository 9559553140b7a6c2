using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.DataChanges.Rules;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.DataChanges;

/// <summary>
/// DCR-1's data change requests (WSD18-02). Staff file for their own account's area; a requestor for the areas of the staff
/// they supervise. The area's administrators (a SPOC: its coverage) are told, and one of them — never the filer — signs or
/// declines; the filer is told, and the Operations Unit is told of and reads every signed request. SCO-1 on every call; a
/// decision passes the <see cref="AdministrativeGate"/> (SCO-1, DES-2, REV-1) before the domain's own DCR-1 checks. Filing is
/// the staff member's (or requestor's) own act, not an administrator's.
/// </summary>
public sealed class DataChangeRequestService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    INotificationSender notifications, ILogger<DataChangeRequestService> logger)
{
    private const string Work = "reviews and signs data change requests (DCR-1)";

    private static readonly DataChangeRequestModelValidator Validator = new();

    /// <summary>The offices the signed-in staff member or requestor may file for, each with the area that signs.</summary>
    public async Task<IReadOnlyList<DataChangePlace>> PlacesAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PlacesAsync(db, RequireFiler(scope), cancellationToken);
    }

    /// <summary>Files a request; nothing is saved unless the whole form holds (every missing field is reported at once).</summary>
    public async Task<ActOutcome> FileAsync(DataChangeRequestModel model, CancellationToken cancellationToken = default)
    {
        var shape = await Validator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(shape.FieldErrors());
        return await ActOutcome.Of(async () =>
        {
            var scope = RequireFiler(await scopes.RequireSignedInAsync(cancellationToken));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var place = (await PlacesAsync(db, scope, cancellationToken)).FirstOrDefault(p => p.AreaId == model.Place!.AreaId && p.OfficeId == model.Place.OfficeId);
            BusinessRules.Check(new DataChangeRequestMustBeForFilersAreaRule(place is not null));
            var request = DataChangeRequest.File(scope.UserId, place!.AreaId, place.OfficeId, model.ParticipantReference, model.FieldName,
                model.CurrentValue, model.RequestedValue, model.Reason, clock);
            db.DataChangeRequests.Add(request);
            db.Audit(clock, scope.UserId, "DataChangeRequest.Filed", nameof(DataChangeRequest), request.Id, request.AreaId, null, Snapshot(request));
            await db.SaveChangesAsync(cancellationToken);
            var administrators = (await Recipients.AdministratorsAsync(db, request.AreaId, request.OfficeId, cancellationToken))
                .Where(r => r.UserId != scope.UserId).ToList();
            await TellAsync(new OutgoingNotification("DataChangeRequestFiled", $"Data change request to sign: {request.FieldName} of record {request.ParticipantReference}",
                $"{scope.FullName} filed a data change request (DCR-1) for participant record {request.ParticipantReference} at {place!.Label}: " +
                $"{request.FieldName} to \"{request.RequestedValue}\". Reason: {request.Reason}\n\nReview, sign or decline it: /data-changes/queue",
                administrators, []), cancellationToken);
        });
    }

    /// <summary>One page of the signed-in user's own requests, waiting ones first, with their status.</summary>
    public async Task<ListPage<DataChangeLine>> MineAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, db.DataChangeRequests.Where(r => r.FiledById == scope.UserId), page, _ => [], cancellationToken);
    }

    /// <summary>
    /// One page of the administrator's queue: requests of their areas and coverage (SCO-1 in the query), those waiting first
    /// (oldest first), then decided ones (newest first); each with the rules a decision by this administrator would break now.
    /// </summary>
    public async Task<ListPage<DataChangeLine>> QueueAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var signedIn = await scopes.RequireSignedInAsync(cancellationToken);
        var scope = await scopes.GuardAsync(() => RequireAdministrator(signedIn), cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (wholeAreas, partAreas, coveredOffices) = ListScope.Of(scope, withDirectedAreas: false);
        var inScope = db.DataChangeRequests.Where(r => wholeAreas.Contains(r.AreaId) || (partAreas.Contains(r.AreaId) && coveredOffices.Contains(r.OfficeId)));
        return await PageAsync(db, inScope, page, r => r.BlockersFor(SeatFor(scope, r)), cancellationToken);
    }

    /// <summary>One page of the signed requests of every area, newest first: the Operations Unit only (read-only).</summary>
    public async Task<ListPage<DataChangeLine>> SignedAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, db.DataChangeRequests.Where(r => r.Status == DataChangeStatus.Signed), page, _ => [], cancellationToken);
    }

    /// <summary>One request: its filer, an administrator whose seat covers it, or the Operations Unit once it is signed; SCO-1 otherwise.</summary>
    public async Task<DataChangeLine> DetailAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.DataChangeRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !(request.FiledById == scope.UserId || SeatFor(scope, request) is not null
                                 || (scope.IsOperationsUnit && request.Status == DataChangeStatus.Signed)))
            throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        return (await LinesAsync(db, [request], r => r.BlockersFor(SeatFor(scope, r)), cancellationToken))[0];
    }

    /// <summary>The area's administrator signs (never their own request, DCR-1); the filer and the Operations Unit are told.</summary>
    public Task<ActOutcome> SignAsync(Guid requestId, string? signatureName, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor) = await LoadForDecisionAsync(db, scope, requestId, cancellationToken);
            var before = Snapshot(request);
            // DCR-1: the administrator's own signature, their name typed as on record; nobody signs as another person.
            request.Sign(actor, Signature.Sign(AttestationStatement.DataChange, actor.PersonId, actor.Name, signatureName, clock), clock);
            db.Audit(clock, scope.UserId, "DataChangeRequest.Signed", nameof(DataChangeRequest), request.Id, request.AreaId, before, Snapshot(request));
            await db.SaveChangesAsync(cancellationToken);
            var to = (await FilerAsync(db, request, cancellationToken)).Concat(await Recipients.OperationsUnitAsync(db, cancellationToken)).DistinctBy(r => r.UserId).ToList();
            await TellAsync(new OutgoingNotification("DataChangeRequestSigned", $"Data change request signed: {request.FieldName} of record {request.ParticipantReference}",
                $"{request.SignatureName} signed the data change request (DCR-1) for participant record {request.ParticipantReference} on {request.SignedOn:yyyy-MM-dd}: " +
                $"{request.FieldName} to \"{request.RequestedValue}\".\n\nRead it: /data-changes/{request.Id}", to, []), cancellationToken);
        });

    /// <summary>The area's administrator declines with a reason (never their own request, DCR-1); the filer is told.</summary>
    public Task<ActOutcome> DeclineAsync(Guid requestId, string? reason, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor) = await LoadForDecisionAsync(db, scope, requestId, cancellationToken);
            var before = Snapshot(request);
            request.Decline(actor, reason, clock);
            db.Audit(clock, scope.UserId, "DataChangeRequest.Declined", nameof(DataChangeRequest), request.Id, request.AreaId, before, Snapshot(request));
            await db.SaveChangesAsync(cancellationToken);
            await TellAsync(new OutgoingNotification("DataChangeRequestDeclined", $"Data change request declined: {request.FieldName} of record {request.ParticipantReference}",
                $"{scope.FullName} declined your data change request (DCR-1) for participant record {request.ParticipantReference}: {request.DeclineReason}" +
                $"\n\nRead it: /data-changes/{request.Id}", await FilerAsync(db, request, cancellationToken), []), cancellationToken);
        });

    /// <summary>The request and the administrator deciding it, through the gate: SCO-1 (no data) for a missing request, else SCO-1, DES-2, REV-1.</summary>
    private async Task<(DataChangeRequest, AdministratorActor)> LoadForDecisionAsync(ConsoleDbContext db, UserScope scope, Guid requestId,
        CancellationToken cancellationToken)
    {
        var request = await db.DataChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) 
            ?? throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        return (request, await scopes.GuardAsync(() => AdministrativeGate.Require(scope, request.AreaId, request.OfficeId, work: Work).Administrator,
            cancellationToken));
    }

    /// <summary>Staff file for their own account's area; a requestor for the areas of the accounts they supervise.</summary>
    private static async Task<IReadOnlyList<DataChangePlace>> PlacesAsync(ConsoleDbContext db, UserScope scope, CancellationToken cancellationToken)
    {
        var areaIds = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.Status != AccountStatus.Deactivated && (a.Id == scope.StaffAccountId || (scope.IsRequestor && a.SupervisorId == scope.UserId)))
            .Select(a => a.AreaId).Distinct().ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var offices = await db.Offices.AsNoTracking().Where(o => areaIds.Contains(o.LocalAreaId) || areaIds.Contains(o.ServingDivisionId))
            .ToListAsync(cancellationToken);
        return areaIds.SelectMany(area => offices.Where(o => o.IsIn(area)).Select(o => new DataChangePlace(area, o.Id, $"{o.Name} ({areas[area]})")))
            .OrderBy(p => p.Label).ToList();
    }

    private static UserScope RequireFiler(UserScope scope)
    {
        BusinessRules.Check(new DataChangeRequestMustBeFiledByStaffOrRequestorRule(scope.IsStaff || scope.IsRequestor));
        return scope;
    }

    private static UserScope RequireAdministrator(UserScope scope)
    {
        BusinessRules.Check(new UserMustHoldAdministratorSeatRule(scope.IsAdministrator, Work));
        return scope;
    }

    private static AdministratorActor? SeatFor(UserScope scope, DataChangeRequest request) =>
        scope.SeatCovering(request.AreaId, request.OfficeId);

    /// <summary>SCO-1 in the same words for a request of another area and one that does not exist.</summary>
    private static BusinessRuleViolationException NotYours() =>
        new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, "data change request")));

    /// <summary>
    /// The page of <paramref name="requests"/> asked for, ordered (waiting ones oldest first, then decided ones newest first),
    /// counted and paged in the database; only the page's requests and the names they show are read.
    /// </summary>
    private async Task<ListPage<DataChangeLine>> PageAsync(ConsoleDbContext db, IQueryable<DataChangeRequest> requests, int page,
        Func<DataChangeRequest, IReadOnlyList<BrokenRule>> blocked, CancellationToken cancellationToken)
    {
        var ids = await requests
            .OrderBy(r => r.Status == DataChangeStatus.Submitted ? 0 : 1)
            .ThenBy(r => r.Status == DataChangeStatus.Submitted ? r.FiledAt : (DateTimeOffset?)null)
            .ThenByDescending(r => r.DecidedAt ?? r.FiledAt)
            .ThenBy(r => r.Id)
            .Select(r => r.Id).ToListPageAsync(page, cancellationToken: cancellationToken);
        var onPage = ids.Lines.ToList();
        var loaded = await db.DataChangeRequests.AsNoTracking().Where(r => onPage.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.With(await LinesAsync(db, onPage.Select(id => loaded[id]).ToList(), blocked, cancellationToken));
    }

    /// <summary>The lines of a few requests (a page, or one), in the order given.</summary>
    private async Task<IReadOnlyList<DataChangeLine>> LinesAsync(ConsoleDbContext db, IReadOnlyList<DataChangeRequest> requests,
        Func<DataChangeRequest, IReadOnlyList<BrokenRule>> blocked, CancellationToken cancellationToken)
    {
        var areaIds = requests.Select(r => r.AreaId).Distinct().ToList();
        var officeIds = requests.Select(r => r.OfficeId).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var people = await db.NamesAsync(requests.Select(r => (Guid?)r.FiledById).Concat(requests.Select(r => r.DecidedById)), cancellationToken);
        return requests
            .Select(r => new DataChangeLine(r.Id, areas.GetValueOrDefault(r.AreaId, ""), offices.GetValueOrDefault(r.OfficeId, ""),
                people[r.FiledById], clock.ToBusinessTime(r.FiledAt), r.ParticipantReference, r.FieldName, r.CurrentValue,
                r.RequestedValue, r.Reason, r.Status, people.Of(r.DecidedById),
                r.DecidedAt is { } at ? clock.ToBusinessTime(at) : null, r.SignedOn, r.SignatureName, r.DeclineReason,
                r.Status == DataChangeStatus.Submitted ? blocked(r) : []))
            .ToList();
    }

    private static Task<List<NotificationRecipient>> FilerAsync(ConsoleDbContext db, DataChangeRequest request, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == request.FiledById).Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken);

    private static object Snapshot(DataChangeRequest r) => new
    {
        r.ParticipantReference, r.FieldName, r.CurrentValue, r.RequestedValue, r.Reason, Status = r.Status.ToString(), r.DecidedById, r.SignedOn,
        r.SignatureName, r.DeclineReason,
    };

    /// <summary>The change is saved; a message that cannot go is logged, not thrown (the screens show the state).</summary>
    private Task TellAsync(OutgoingNotification notification, CancellationToken cancellationToken) =>
        notifications.SendAfterSaveAsync(notification, logger, cancellationToken);
}

internal static class DataChangeEligibility
{
    /// <summary>The rules a decision by <paramref name="administrator"/> would break now (none when they may sign or decline).</summary>
    public static IReadOnlyList<BrokenRule> BlockersFor(this DataChangeRequest request, AdministratorActor? administrator) =>
        administrator is null ? [] : request.DecisionEligibility(administrator);
}
