using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>
/// Fulfils an approved new-account request (Create New CalJOBS Staff User Account): the administrator of the request's
/// area and coverage creates the account when every prerequisite and document is in place (REQ-1, DES-2, REV-1, SCO-1,
/// PRE-1, PRE-2, DOC-1) with a group they may grant (GRP-1/GRP-2) and non-restricted extra privileges; anything else
/// becomes an escalation the Operations Unit decides (GRP-3). Creating issues the temporary password (CRD-1).
/// </summary>
public sealed class AccountCreationService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    AttestationPolicy policy, CredentialIssuer credentials, NewAccountRecorder recorder)
{
    private static readonly CreateAccountModelValidator CreateValidator = new();
    private static readonly EscalationModelValidator EscalationValidator = new();

    /// <summary>The request as its administrator fulfils it, with every reason creation is refused now; SCO-1 for anyone else.</summary>
    /// <remarks>
    /// Evaluated for the seat that covers the request (<c>RequestActor.SeatFor</c>), so an untrained or suspended administrator
    /// sees DES-2 or REV-1 listed beside every missing document and prerequisite rather than a refusal of the whole desk.
    /// </remarks>
    public async Task<CreationDesk> DeskAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var signedIn = await scopes.RequireSignedInAsync(cancellationToken);
        var scope = await scopes.GuardAsync(() => RequestActor.RequireAdministrator(signedIn), cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await NewAccountRequestAsync(db, requestId, tracked: false, cancellationToken);
        var seat = (request is null ? null : RequestActor.SeatFor(scope, request)) ?? throw await scopes.RefusedAsync(RequestActor.NotYours(), cancellationToken);
        var catalog = await CatalogAsync(db, cancellationToken);
        var escalation = await EscalationOfAsync(db, request!.Id, cancellationToken);
        var requested = request.Form.RequestedGroupId is { } id ? catalog.Groups.SingleOrDefault(g => g.Id == id) : null;
        var evidence = await db.EvidenceDocuments.AsNoTracking().Where(d => d.RequestId == request.Id).ToListAsync(cancellationToken);
        var person = request.Status == AccessRequestStatus.Approved && request.CreatedAccountId is null
            ? await credentials.FindPersonAsync(db, request.Form.Staff.Email, cancellationToken) : null;
        var eligibility = requested is null ? []
            : StaffAccount.CreationEligibility(new NewAccountGrant(request, "placeholder", requested, [], evidence, escalation, person), seat, clock, policy);
        return new CreationDesk(request.Id, request.Status, request.Form.Staff.FullName, requested?.Id, requested?.Name ?? "(none)",
            requested is not null && GrantEligibility.Evaluate(seat.Role, requested).Count == 0,
            OfferedGroups(seat.Role, catalog),
            catalog.Privileges.Where(p => !p.IsRestricted).OrderBy(p => p.Name).Select(Option).ToList(),
            catalog.Privileges.OrderBy(p => p.Name).Select(Option).ToList(),
            SuggestedUsername(request.Form.Staff.FullName), eligibility,
            escalation is null ? null : Summary(escalation, catalog), request.CreatedAccountId, request.Version,
            person is { OpenAccountUsername: null } ? await KnownPersonAsync(db, person.Id, cancellationToken) : null);
    }

    /// <summary>What the administrator reads before creating an account for someone the console knows already (a rehire, or another role).</summary>
    private static async Task<string> KnownPersonAsync(ConsoleDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var earlier = await db.StaffAccounts.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.CreatedOn)
            .Select(a => a.Username).ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == personId && role.Name != ConsoleRoles.Staff
                           select role.Name!).ToListAsync(cancellationToken);
        var signIn = await db.Users.AnyAsync(u => u.Id == personId, cancellationToken);
        var known = new List<string>();
        if (earlier.Count > 0)
            known.Add($"had the deactivated account{(earlier.Count > 1 ? "s" : "")} {string.Join(", ", earlier)}");
        if (roles.Count > 0)
            known.Add($"signs in to the console as {string.Join(", ", roles.Order())}");
        var who = known.Count > 0 ? string.Join(" and ", known) : "has a console sign-in";
        return signIn
            ? $"This person {who}. The new account is theirs, kept with their history: the temporary password replaces their console password, "
              + "their sign-in takes the account's username, and their other roles stay (CRD-1)."
            : $"This person {who}. The new account is kept with that history, under the same person.";
    }

    /// <summary>
    /// Creates the account and its sign-in with a temporary password in one save, audits it with the request id (never the
    /// password), then sends the credential message. The password comes back once, in the outcome's value, for the
    /// administrator to see. Through the gate (<c>RequestActor.For</c>: SCO-1, DES-2, REV-1) before anything is read.
    /// </summary>
    public async Task<ActOutcome<DeliveredCredential>> CreateAsync(Guid requestId, int version, CreateAccountModel model, CancellationToken cancellationToken = default)
    {
        var shape = await CreateValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome<DeliveredCredential>.From(ActOutcome.Invalid(shape.Errors[0].ErrorMessage));
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var request = await NewAccountRequestAsync(db, requestId, tracked: true, cancellationToken);
            var actor = await scopes.GuardAsync(() => RequestActor.For(scope, request), cancellationToken);
            Versioning.RequireUnchanged(request!.Version, version);
            var catalog = await CatalogAsync(db, cancellationToken);
            var group = catalog.Groups.SingleOrDefault(g => g.Id == model.GroupId)
                ?? throw new InvalidInputException("PrivilegeGroup", "no such privilege group.");
            var extras = model.ExtraPrivilegeCodes.Distinct().Select(catalog.Privilege).ToList();
            var evidence = await db.EvidenceDocuments.Where(d => d.RequestId == request.Id).ToListAsync(cancellationToken);
            var escalation = await EscalationOfAsync(db, request.Id, cancellationToken);
            var before = NewAccountRecorder.RequestSnapshot(request);
            // Every rule first (all broken ones at once, an escalation awaiting the Operations Unit among them), then the names;
            // nothing is saved before both pass.
            var person = await credentials.FindPersonAsync(db, request.Form.Staff.Email, cancellationToken);
            var account = StaffAccount.Create(new NewAccountGrant(request, model.Username!.Trim(), group, extras, evidence, escalation, person), actor, clock, policy);
            await credentials.EnsureUsernameFreeAsync(db, account.Username, cancellationToken, person?.Id);
            return await recorder.SaveAndDeliverAsync(db, scope.UserId, account, request, before, cancellationToken);
        });
    }

    /// <summary>GRP-3: the requested group or restricted privileges go to the Operations Unit's queue, with the administrator's reason.</summary>
    public async Task<ActOutcome> EscalateAsync(Guid requestId, int version, EscalationModel model, CancellationToken cancellationToken = default)
    {
        var shape = await EscalationValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(shape.Errors[0].ErrorMessage);
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var request = await NewAccountRequestAsync(db, requestId, tracked: true, cancellationToken);
            var actor = await scopes.GuardAsync(() => RequestActor.For(scope, request), cancellationToken);
            Versioning.RequireUnchanged(request!.Version, version);
            var catalog = await CatalogAsync(db, cancellationToken);
            var group = request.Form.RequestedGroupId is { } id ? catalog.Groups.Single(g => g.Id == id)
                : throw new InvalidInputException("PrivilegeGroup", "the request names no privilege group.");
            var privileges = model.PrivilegeCodes.Distinct().Select(catalog.Privilege).ToList();
            var escalation = Escalation.Raise(request, actor, group, privileges, model.Reason, clock,
                latestEscalation: await EscalationOfAsync(db, request.Id, cancellationToken));
            db.Escalations.Add(escalation);
            db.Audit(clock, scope.UserId, "Escalation.Raised", nameof(Escalation), escalation.Id, request.AreaId, null,
                new { escalation.PrivilegeGroupId, Group = group.Name, escalation.PrivilegeCodes, escalation.BrokenRuleCodes, escalation.Reason }, request.Id);
            // Raising it moved the request's version: an administrator creating or escalating at the same moment loses here.
            await db.SaveChangesAsync(cancellationToken);
        });
    }


    private static async Task<AccessRequest?> NewAccountRequestAsync(ConsoleDbContext db, Guid requestId, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.AccessRequests : db.AccessRequests.AsNoTracking();
        // A request of another kind is treated as not found: this desk is only for new accounts.
        return await query.SingleOrDefaultAsync(r => r.Id == requestId && r.Form.Kind == AccessRequestKind.NewAccount, cancellationToken);
    }

    internal static async Task<PrivilegeCatalog> CatalogAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        new(await db.PrivilegeGroups.AsNoTracking().ToListAsync(cancellationToken), await db.Privileges.AsNoTracking().ToListAsync(cancellationToken));

    internal static Task<Escalation?> EscalationOfAsync(ConsoleDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        db.Escalations.AsNoTracking().Where(e => e.RequestId == requestId).OrderByDescending(e => e.RaisedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>GRP-1/GRP-2: exactly the groups this administrator's role may grant.</summary>
    internal static IReadOnlyList<GroupOption> OfferedGroups(AdministratorRole role, PrivilegeCatalog catalog) =>
        catalog.Groups.Where(g => GrantEligibility.Evaluate(role, g).Count == 0).OrderBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name, g.PrivilegeCodes.Order().ToList())).ToList();

    internal static EscalationSummary Summary(Escalation e, PrivilegeCatalog catalog) =>
        new(e.Id, e.Status, catalog.Groups.SingleOrDefault(g => g.Id == e.PrivilegeGroupId)?.Name ?? "(removed group)", e.PrivilegeCodes.ToList(),
            e.BrokenRuleCodes.ToList(), e.Reason, e.RaisedAt, e.DecisionNote, e.DecidedAt);

    internal static PrivilegeOption Option(Privilege p) => new(p.Code, p.Name, p.IsRestricted);

    /// <summary>"Avery Chen" → "avery.chen": a suggestion the administrator may change.</summary>
    internal static string SuggestedUsername(string fullName)
    {
        var parts = fullName.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-').ToArray())).Where(p => p.Length > 0);
        var name = string.Join('.', parts);
        return name.Length >= 3 ? name[..Math.Min(name.Length, 64)] : "staff.user";
    }

}
