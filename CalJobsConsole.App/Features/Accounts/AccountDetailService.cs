using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Accounts;

/// <summary>
/// The account detail page: one staff account with its privileges, attestations, renewal, credential state,
/// evidence and timeline. SCO-1 on the server, the scope read from the database on every call
/// (<see cref="UserScope.MayViewAccount"/>); anyone else, and any unknown id, gets the same refusal and no data.
/// </summary>
public sealed class AccountDetailService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    /// <summary>The account, for a viewer whose scope takes it in; otherwise refused with SCO-1 (REV-1 for a staff member whose own account is suspended).</summary>
    public async Task<AccountDetail> AccountAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        await AccountAsync(await scopes.RequireSignedInAsync(cancellationToken), accountId, cancellationToken);

    /// <summary>The signed-in staff member's own account; null for a user who has no staff account.</summary>
    public async Task<AccountDetail?> MyAccountAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        return scope.StaffAccountId is { } id ? await AccountAsync(scope, id, cancellationToken) : null;
    }

    /// <summary>
    /// The act that created or last renewed the account, for a viewer who may open its record as <c>FormRecordService</c> checks
    /// (whoever may view the request, or its requestor); null otherwise, or for an account imported without a request.
    /// </summary>
    private AccountAct? ActOf(UserScope scope, StaffAccount account, IReadOnlyList<AccessRequest> requests, PeopleNames names) =>
        requests.SingleOrDefault(r => r.Id == account.EvidencedActRequestId) is { } act && (scope.MayViewRequest(act) || act.RequestorId == scope.UserId)
            ? new AccountAct(act.Id, act.Kind, act.DecidedAt is { } at ? clock.ToBusinessTime(at) : null, names.Of(act.DecidedById))
            : null;

    private async Task<AccountDetail> AccountAsync(UserScope scope, Guid accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        // An unknown id and an account out of scope get the same answer: a forged id learns nothing.
        BusinessRules.Check(new AccountMustBeInViewersScopeRule(found is not null && scope.MayViewAccount(found)));
        var account = found!;
        // REV-1: a staff member's access ends at once while suspended, as on their landing page.
        if (scope.StaffAccountId == account.Id)
            BusinessRules.Check(new AccountMustNotBeSuspendedRule(account));

        var area = await db.Areas.AsNoTracking().Where(a => a.Id == account.AreaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == account.OfficeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var group = await db.PrivilegeGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == account.PrivilegeGroupId, cancellationToken);
        var codes = (group?.PrivilegeCodes ?? []).Concat(account.ExtraPrivilegeCodes).Distinct().ToList();
        var privileges = await db.Privileges.AsNoTracking().Where(p => codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => new AccountPrivilege(p.Code, p.Name, p.IsRestricted), cancellationToken);
        var documents = await db.EvidenceDocuments.AsNoTracking().Where(d => d.AccountId == account.Id)
            .OrderByDescending(d => d.UploadedAt).ToListAsync(cancellationToken);
        var requests = await db.AccessRequests.AsNoTracking()
            .Where(r => r.Form.AccountId == account.Id || r.CreatedAccountId == account.Id).ToListAsync(cancellationToken);
        var requestIds = requests.Select(r => r.Id).ToList();
        var audit = await db.AuditRecords.AsNoTracking()
            .Where(a => a.EntityId == account.Id || requestIds.Contains(a.EntityId) || (a.RequestId != null && requestIds.Contains(a.RequestId.Value)))
            // The account's own history; the person's sign-ins and a temporary password shown to its issuer are in the audit search.
            .Where(a => a.EntityType != SecurityAudit.UserEntity && a.Action != SecurityAudit.Actions.TemporaryPasswordRevealed)
            .ToListAsync(cancellationToken);
        var others = await db.StaffAccounts.AsNoTracking().Where(a => a.PersonId == account.PersonId && a.Id != account.Id)
            .OrderByDescending(a => a.CreatedOn).ToListAsync(cancellationToken);
        var otherAreas = await db.Areas.AsNoTracking().Where(a => others.Select(o => o.AreaId).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var samePerson = others.Where(scope.MayViewAccount)
            .Select(a => new PersonAccount(a.Id, a.Username, a.Status, a.CreatedOn, a.DeactivatedOn, otherAreas.GetValueOrDefault(a.AreaId, ""))).ToList();
        var names = await db.NamesAsync(documents.Select(d => (Guid?)d.UploadedById)
            .Concat(requests.SelectMany(r => new[] { r.RequestorId, r.DecidedById }))
            .Concat(audit.Select(a => a.ActorId)), cancellationToken);

        return new AccountDetail(account.Id, account.Username, account.Staff.FullName, account.Staff.Email, account.StaffKind,
            area ?? "", office ?? "", account.Status, account.SuspensionCause, account.SuspensionNote,
            new AccountGroup(group?.Name ?? "(not in the catalogue)", PrivilegesOf(group?.PrivilegeCodes ?? [], privileges)),
            PrivilegesOf(account.ExtraPrivilegeCodes, privileges),
            new AccountAttestations(account.Attestations.IspaCompletedOn, account.Attestations.Statement.Kind,
                account.Attestations.Statement.Date, account.Attestations.Statement.Refused),
            account.CreatedOn, account.ActivatedOn, account.LastRenewedOn,
            new RenewalDeadline(account.RenewalDueOn, account.RenewalDueOn.DayNumber - clock.Today.DayNumber),
            CredentialOf(account.TemporaryCredential),
            account.SeparationDate, account.ScheduledDeactivationOn, account.DeactivatedOn, account.DeactivationDaysLate,
            documents.Select(d => new AccountDocument(d.Id, d.Kind, d.FileName, d.FileType, d.SizeBytes,
                names[d.UploadedById], clock.ToBusinessTime(d.UploadedAt), d.Sha256,
                // Whoever may view the account may download its documents: EvidenceService.OpenAsync checks the same.
                $"/evidence/{d.Id}", d.FiledByConsole)).ToList(),
            AccountTimeline.Build(account, requests, audit, names, clock),
            account.AreaId, scope.MayViewArea(account.AreaId), scope.IsOperationsUnit, samePerson, ActOf(scope, account, requests, names));
    }

    /// <summary>A code missing from the catalogue still shows, by its code.</summary>
    private static List<AccountPrivilege> PrivilegesOf(IEnumerable<string> codes, IReadOnlyDictionary<string, AccountPrivilege> catalogue) =>
        codes.Select(code => catalogue.GetValueOrDefault(code) ?? new AccountPrivilege(code, code, false)).OrderBy(p => p.Name).ToList();

    /// <summary>CRD-1: the state only — the password lives in Identity and is never read here.</summary>
    private CredentialState? CredentialOf(TemporaryCredential? credential) => credential is null ? null : new CredentialState(
        clock.ToBusinessTime(credential.IssuedAt), clock.ToBusinessTime(credential.ExpiresAt),
        credential.UsedAt is { } used ? clock.ToBusinessTime(used) : null,
        credential.ExpiredAt is { } expired ? clock.ToBusinessTime(expired) : null,
        credential switch
        {
            { IsUsed: true } => "Used at the first sign-in",
            { ExpiredAt: not null } => "Expired unused",
            _ when credential.IsValidAt(clock.UtcNow) => "Valid until used or expired",
            _ => "Past its 24 hours; expires at the next hourly run",
        });
}
