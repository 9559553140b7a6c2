using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Escalations;

/// <summary>
/// The Operations Unit's escalation queue (GRP-3): requests an administrator could not fulfil alone. Granting one
/// carries out the grant — for a new account the Operations Unit creates it with the escalated group and privileges,
/// every prerequisite and document still checked (PRE-1, PRE-2, DOC-1); for a privilege update it changes the account's
/// group and privileges, the request form still required (DOC-1) — and declining closes the request with the
/// Operations Unit's note. The administrator who escalated and the requestor are told either way.
/// </summary>
public sealed class EscalationQueueService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    AttestationPolicy policy, CredentialIssuer credentials, NewAccountRecorder recorder, INotificationSender notifications,
    ILogger<EscalationQueueService> logger)
{
    private static readonly GrantEscalationModelValidator GrantValidator = new();

    /// <summary>
    /// One page of the queue: open escalations oldest first, then decided ones newest first — ordered, counted and paged in
    /// the database; only the page's escalations, their requests and names are read. SCO-1 for anyone but the Operations Unit.
    /// </summary>
    public async Task<ListPage<EscalationLine>> QueueAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.Escalations
            .OrderBy(e => e.Status == EscalationStatus.Open ? 0 : 1)
            .ThenBy(e => e.Status == EscalationStatus.Open ? e.RaisedAt : (DateTimeOffset?)null)
            .ThenByDescending(e => e.DecidedAt ?? e.RaisedAt)
            .ThenBy(e => e.Id)
            .Select(e => e.Id).ToListPageAsync(page, cancellationToken: cancellationToken);
        var onPage = ids.Lines.ToList();
        var escalations = await db.Escalations.AsNoTracking().Where(e => onPage.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var requestIds = escalations.Values.Select(e => e.RequestId).ToList();
        var requests = await db.AccessRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var catalog = await AccountCreationService.CatalogAsync(db, cancellationToken);
        var areaIds = escalations.Values.Select(e => e.AreaId).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var people = await db.NamesAsync(escalations.Values.Select(e => e.RaisedById).Concat(requests.Values.Select(r => r.RequestorId)), cancellationToken);
        var lines = onPage.Select(id => escalations[id]).Select(e =>
        {
            var request = requests[e.RequestId];
            var summary = AccountCreationService.Summary(e, catalog);
            return new EscalationLine(e.Id, e.RequestId, areas.GetValueOrDefault(e.AreaId, ""), request.Form.Staff.FullName,
                people[request.RequestorId], people[e.RaisedById], e.RaisedAt, summary.GroupName,
                summary.PrivilegeCodes, summary.BrokenRuleCodes, e.Reason, e.Status, e.DecisionNote, e.DecidedAt,
                AccountCreationService.SuggestedUsername(request.Form.Staff.FullName), request.Kind);
        }).ToList();
        return ids.With(lines);
    }

    /// <summary>
    /// Grants the escalation and carries out the grant: for a new-account request the account with the escalated group and
    /// privileges, and its credential (the outcome's value, to show once); for a privilege-update request the account's new
    /// group and privileges (no credential: the value is null). The Operations Unit's act alone (SCO-1 for anyone else).
    /// </summary>
    public async Task<ActOutcome<DeliveredCredential?>> GrantAsync(Guid escalationId, GrantEscalationModel model, CancellationToken cancellationToken = default)
    {
        var shape = await GrantValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome<DeliveredCredential?>.From(ActOutcome.Invalid(shape.Errors[0].ErrorMessage));
        return await ActOutcome.Of<DeliveredCredential?>(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (escalation, request) = await LoadAsync(db, escalationId, cancellationToken);
            var catalog = await AccountCreationService.CatalogAsync(db, cancellationToken);
            var group = catalog.Groups.Single(g => g.Id == escalation.PrivilegeGroupId);
            var privileges = escalation.PrivilegeCodes.Select(catalog.Privilege).ToList();
            var evidence = await db.EvidenceDocuments.Where(d => d.RequestId == request.Id).ToListAsync(cancellationToken);
            var requestBefore = NewAccountRecorder.RequestSnapshot(request);
            var escalationBefore = Snapshot(escalation);
            escalation.Grant(scope.UserId, model.Note, clock);
            var granted = $" with the group {group.Name}" + (privileges.Count > 0 ? $" and the privileges {string.Join(", ", privileges.Select(p => p.Code))}" : "");
            var note = escalation.DecisionNote is { } n ? $" Note: {n}" : "";
            if (request.Kind == AccessRequestKind.PrivilegeUpdate)
            {
                var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == request.Form.AccountId, cancellationToken)
                    ?? throw new InvalidInputException("Account", "the request names no staff account the console holds.");
                var before = PrivilegeUpdateService.PrivilegeSnapshot(account, catalog);
                account.ChangePrivilegesFromEscalation(request, escalation, group, privileges, evidence, clock);
                db.Audit(clock, scope.UserId, "Escalation.Granted", nameof(Escalation), escalation.Id, escalation.AreaId, escalationBefore, Snapshot(escalation), request.Id);
                PrivilegeUpdateService.Record(db, clock, scope.UserId, account, request, before, catalog, requestBefore);
                await db.SaveChangesAsync(cancellationToken);
                await TellAsync(db, escalation, request, "granted",
                    $"The Operations Unit granted the escalation and changed the account {account.Username}{granted}.{note}", cancellationToken);
                return null;
            }
            var person = await credentials.FindPersonAsync(db, request.Form.Staff.Email, cancellationToken);
            var created = StaffAccount.CreateFromEscalation(new NewAccountGrant(request, model.Username?.Trim() ?? "", group, privileges, evidence,
                Person: person), escalation, clock, policy);
            await credentials.EnsureUsernameFreeAsync(db, created.Username, cancellationToken, person?.Id);
            db.Audit(clock, scope.UserId, "Escalation.Granted", nameof(Escalation), escalation.Id, escalation.AreaId, escalationBefore, Snapshot(escalation), request.Id);
            var issued = await recorder.SaveAndDeliverAsync(db, scope.UserId, created, request, requestBefore, cancellationToken);
            await TellAsync(db, escalation, request, "granted",
                $"The Operations Unit granted the escalation and created the account {created.Username}{granted}.{note}", cancellationToken);
            return issued;
        });
    }

    /// <summary>Declines the escalation with a note; the request closes as rejected with that note, which its requestor and administrator see.</summary>
    public async Task<ActOutcome> DeclineAsync(Guid escalationId, string? note, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(note))
            return ActOutcome.Invalid("Write the note the administrator and the requestor will read.");
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (escalation, request) = await LoadAsync(db, escalationId, cancellationToken);
            var escalationBefore = Snapshot(escalation);
            var requestBefore = NewAccountRecorder.RequestSnapshot(request);
            escalation.Decline(scope.UserId, note, clock);
            request.CloseAfterDeclinedEscalation(escalation);
            db.Audit(clock, scope.UserId, "Escalation.Declined", nameof(Escalation), escalation.Id, escalation.AreaId, escalationBefore, Snapshot(escalation), request.Id);
            db.Audit(clock, scope.UserId, "AccessRequest.ClosedAfterDeclinedEscalation", nameof(AccessRequest), request.Id, request.AreaId,
                requestBefore, NewAccountRecorder.RequestSnapshot(request), request.Id);
            await db.SaveChangesAsync(cancellationToken);
            await TellAsync(db, escalation, request, "declined", $"The Operations Unit declined the escalation: {escalation.DecisionNote}", cancellationToken);
        });
    }

    private static async Task<(Escalation, AccessRequest)> LoadAsync(ConsoleDbContext db, Guid escalationId, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == escalationId, cancellationToken)
            ?? throw new InvalidInputException("Escalation", "no such escalation.");
        var request = await db.AccessRequests.SingleAsync(r => r.Id == escalation.RequestId, cancellationToken);
        return (escalation, request);
    }

    /// <summary>
    /// The administrator who escalated and the requestor learn the decision (in-app, and by e-mail where configured).
    /// The decision is saved already: a failed message is logged, not turned into a failure of the decision.
    /// </summary>
    private async Task TellAsync(ConsoleDbContext db, Escalation escalation, AccessRequest request, string verb, string text, CancellationToken cancellationToken)
    {
        try
        {
            var ids = new[] { escalation.RaisedById, request.RequestorId };
            var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken);
            await notifications.SendAsync(new OutgoingNotification("EscalationDecided",
                $"Escalation {verb}: {request.Kind.DisplayName()} for {request.Form.Staff.FullName}", text, people, [], request.AccountId, request.Id), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The decision on escalation {EscalationId} was saved but its message was not sent.", escalation.Id);
        }
    }

    private static object Snapshot(Escalation e) => new { Status = e.Status.ToString(), e.DecidedById, e.DecidedAt, e.DecisionNote };
}
