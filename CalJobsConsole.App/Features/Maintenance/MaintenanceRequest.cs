using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// An approved request for an act on an existing account, as its administrator carries it out: the request, the
/// administrator as they may act on it (SCO-1, read from the database), the account it names and the evidence uploaded for it.
/// </summary>
internal sealed record MaintenanceRequest(AccessRequest Request, AdministratorActor Actor, StaffAccount Account, IReadOnlyList<EvidenceDocument> Evidence)
{
    /// <summary>
    /// Loads the request of <paramref name="kind"/> with its account and evidence; a request of another kind, another
    /// area or a missing one is refused with SCO-1 and no data.
    /// </summary>
    public static async Task<MaintenanceRequest> LoadAsync(ConsoleDbContext db, UserScope scope, Guid requestId, AccessRequestKind kind,
        bool tracked, CancellationToken cancellationToken)
    {
        var requests = tracked ? db.AccessRequests : db.AccessRequests.AsNoTracking();
        var request = await requests.SingleOrDefaultAsync(r => r.Id == requestId && r.Form.Kind == kind, cancellationToken);
        var actor = RequestActor.For(scope, request);
        var accounts = tracked ? db.StaffAccounts : db.StaffAccounts.AsNoTracking();
        var account = await accounts.SingleOrDefaultAsync(a => a.Id == request!.Form.AccountId, cancellationToken) ?? throw RequestActor.NotYours();
        // Tracked for an act: the documents it keeps move onto the account.
        var documents = tracked ? db.EvidenceDocuments : db.EvidenceDocuments.AsNoTracking();
        var evidence = await documents.Where(d => d.RequestId == request!.Id).ToListAsync(cancellationToken);
        return new MaintenanceRequest(request!, actor, account, evidence);
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
