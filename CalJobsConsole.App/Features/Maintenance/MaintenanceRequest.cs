using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// An approved request for an act on an existing account (reset, privilege update, renewal, deactivation), as its
/// administrator opens or carries it out: the request, the administrator's seat, the account it names and the evidence
/// uploaded for it. Who may act is the gate's call (<see cref="RequestActor.For"/>); this only loads.
/// </summary>
internal sealed record MaintenanceRequest(AccessRequest Request, AdministratorActor Actor, StaffAccount Account, IReadOnlyList<EvidenceDocument> Evidence)
{
    /// <summary>
    /// The request for an act, through the gate: SCO-1, DES-2 and REV-1 all at once before anything is changed; a request of
    /// another kind or a missing one is refused with SCO-1 and no data. Tracked: the documents the act keeps move onto the account.
    /// </summary>
    public static async Task<MaintenanceRequest> ForActAsync(ConsoleDbContext db, ScopeService scopes, UserScope scope, Guid requestId, AccessRequestKind kind,
        CancellationToken cancellationToken)
    {
        var request = await db.AccessRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.Form.Kind == kind, cancellationToken);
        var actor = await scopes.GuardAsync(() => RequestActor.For(scope, request), cancellationToken);
        return await WithAccountAsync(db, request!, actor, tracked: true, cancellationToken);
    }

    /// <summary>
    /// The request for its desk: SCO-1 (no data) for a request outside the administrator's seats, of another kind or missing;
    /// otherwise the seat that covers it, so the desk lists every unmet rule — DES-2 and REV-1 among them — instead of stopping at the first.
    /// </summary>
    public static async Task<MaintenanceRequest> ForDeskAsync(ConsoleDbContext db, ScopeService scopes, UserScope scope, Guid requestId, AccessRequestKind kind,
        CancellationToken cancellationToken)
    {
        await scopes.GuardAsync(() => RequestActor.RequireAdministrator(scope), cancellationToken);
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.Form.Kind == kind, cancellationToken);
        if ((request is null ? null : RequestActor.SeatFor(scope, request)) is not { } seat)
            throw await scopes.RefusedAsync(RequestActor.NotYours(), cancellationToken);
        return await WithAccountAsync(db, request!, seat, tracked: false, cancellationToken);
    }

    private static async Task<MaintenanceRequest> WithAccountAsync(ConsoleDbContext db, AccessRequest request, AdministratorActor actor, bool tracked,
        CancellationToken cancellationToken)
    {
        var accounts = tracked ? db.StaffAccounts : db.StaffAccounts.AsNoTracking();
        var account = request.Form.AccountId is { } accountId ? await accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) : null;
        var documents = tracked ? db.EvidenceDocuments : db.EvidenceDocuments.AsNoTracking();
        var evidence = await documents.Where(d => d.RequestId == request.Id).ToListAsync(cancellationToken);
        return new MaintenanceRequest(request, actor,
            account ?? throw new InvalidInputException("Account", "the request names no staff account the console holds; return it for correction."),
            evidence);
    }

    /// <summary>The account as the audit trail records a renewal or deactivation: state and dates (and what the timeline says), never a password.</summary>
    public static object AccountSnapshot(StaffAccount a, string? note = null) => new
    {
        Note = note,
        Status = a.Status.ToString(), SuspensionCause = a.SuspensionCause?.ToString(), a.Attestations.IspaCompletedOn,
        StatementDate = a.Attestations.Statement.Date, a.LastRenewedOn, a.RenewalDueOn, a.SeparationDate, a.ScheduledDeactivationOn,
        a.DeactivatedOn, a.DeactivationDaysLate,
    };
}
