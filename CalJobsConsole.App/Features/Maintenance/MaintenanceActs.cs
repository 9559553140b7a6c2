using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>An approved request for an act on an existing account, with that account and the administrator as they may act on it.</summary>
internal sealed record MaintenanceAct(UserScope Scope, AccessRequest Request, StaffAccount Account, AdministratorActor Actor);

/// <summary>Loads a maintenance act the same way for every act: SCO-1 first (no data for a request outside the administrator's seats).</summary>
internal static class MaintenanceActs
{
    public static async Task<MaintenanceAct> LoadAsync(ConsoleDbContext db, ScopeService scopes, Guid requestId, AccessRequestKind kind,
        bool tracked, CancellationToken cancellationToken)
    {
        var scope = RequestActor.RequireAdministrator(await scopes.RequireSignedInAsync(cancellationToken));
        var requests = tracked ? db.AccessRequests : db.AccessRequests.AsNoTracking();
        // A request of another kind is treated as not found: each desk serves one act.
        var request = await requests.SingleOrDefaultAsync(r => r.Id == requestId && r.Form.Kind == kind, cancellationToken);
        var actor = RequestActor.For(scope, request);
        var accountId = request!.Form.AccountId;
        var accounts = tracked ? db.StaffAccounts : db.StaffAccounts.AsNoTracking();
        var account = accountId is null ? null : await accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return new MaintenanceAct(scope, request, account
            ?? throw new InvalidInputException("Account", "the request names no staff account the console holds; return it for correction."), actor);
    }

    /// <summary>The documents uploaded for this request's act (DOC-1); tracked when the act keeps them on the account.</summary>
    public static Task<List<EvidenceDocument>> EvidenceAsync(ConsoleDbContext db, Guid requestId, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? db.EvidenceDocuments : db.EvidenceDocuments.AsNoTracking()).Where(d => d.RequestId == requestId).ToListAsync(cancellationToken);
}
