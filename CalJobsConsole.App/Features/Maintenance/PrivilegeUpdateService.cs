using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Escalations.Rules;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// Fulfils an approved privilege-update request with the limits of creation: the administrator of the request's area
/// changes the account's group to one they may grant (GRP-1/GRP-2) with non-restricted extra privileges, once every rule
/// holds (REQ-1, DES-2, REV-1, SCO-1, DOC-1, DEA-1); anything else goes to the Operations Unit as an escalation (GRP-3),
/// whose grant <see cref="Escalations.EscalationQueueService"/> carries out. The audit record holds before and after.
/// </summary>
public sealed class PrivilegeUpdateService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock, AttestationPolicy policy)
{
    private static readonly PrivilegeUpdateModelValidator UpdateValidator = new();
    private static readonly EscalationModelValidator EscalationValidator = new();

    /// <summary>The request as its administrator fulfils it, with every reason the update is refused now; SCO-1 for anyone else.</summary>
    public async Task<PrivilegeUpdateDesk> DeskAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, actor, account, evidence) = await MaintenanceRequest.ForDeskAsync(db, scopes, scope, requestId, AccessRequestKind.PrivilegeUpdate, cancellationToken);
        var catalog = await AccountCreationService.CatalogAsync(db, cancellationToken);
        var escalation = await AccountCreationService.EscalationOfAsync(db, request.Id, cancellationToken);
        var requested = request.Form.RequestedGroupId is { } id ? catalog.Groups.SingleOrDefault(g => g.Id == id) : null;
        IReadOnlyList<BrokenRule> eligibility =
        [
            .. account.ActEligibility(request, actor, evidence, clock, policy),
            .. requested is null ? [] : GrantEligibility.Evaluate(actor.Role, requested),
            .. BusinessRules.Evaluate(new RequestMustNotAwaitEscalationRule(escalation)),
        ];
        return new PrivilegeUpdateDesk(request.Id, request.Status, account.Id, account.Staff.FullName, account.Username,
            catalog.Groups.SingleOrDefault(g => g.Id == account.PrivilegeGroupId)?.Name ?? "(removed group)", account.ExtraPrivilegeCodes.Order().ToList(),
            requested?.Id, requested?.Name ?? "(none)", requested is not null && GrantEligibility.Evaluate(actor.Role, requested).Count == 0,
            AccountCreationService.OfferedGroups(actor.Role, catalog),
            catalog.Privileges.Where(p => !p.IsRestricted).OrderBy(p => p.Name).Select(AccountCreationService.Option).ToList(),
            catalog.Privileges.OrderBy(p => p.Name).Select(AccountCreationService.Option).ToList(),
            eligibility, escalation is null ? null : AccountCreationService.Summary(escalation, catalog), request.Version);
    }

    /// <summary>Changes the group and extra privileges through the gate, fulfils the request and audits before and after with the request id, in one save.</summary>
    public async Task<ActOutcome> UpdateAsync(Guid requestId, int version, PrivilegeUpdateModel model, CancellationToken cancellationToken = default)
    {
        var shape = await UpdateValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(shape.Errors[0].ErrorMessage);
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor, account, evidence) = await MaintenanceRequest.ForActAsync(db, scopes, scope, requestId, AccessRequestKind.PrivilegeUpdate, cancellationToken);
            Versioning.RequireUnchanged(request.Version, version);
            var catalog = await AccountCreationService.CatalogAsync(db, cancellationToken);
            var group = catalog.Groups.SingleOrDefault(g => g.Id == model.GroupId)
                ?? throw new InvalidInputException("PrivilegeGroup", "no such privilege group.");
            var extras = model.ExtraPrivilegeCodes.Distinct().Select(catalog.Privilege).ToList();
            var escalation = await AccountCreationService.EscalationOfAsync(db, request.Id, cancellationToken);
            var requestBefore = NewAccountRecorder.RequestSnapshot(request);
            var before = PrivilegeSnapshot(account, catalog);
            account.ChangePrivileges(request, actor, group, extras, evidence, escalation, clock);
            Record(db, clock, scope.UserId, account, request, before, catalog, requestBefore);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>GRP-3: the requested group or restricted privileges go to the Operations Unit's queue through the gate, with the administrator's reason.</summary>
    public async Task<ActOutcome> EscalateAsync(Guid requestId, int version, EscalationModel model, CancellationToken cancellationToken = default)
    {
        var shape = await EscalationValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(shape.Errors[0].ErrorMessage);
        return await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (request, actor, _, _) = await MaintenanceRequest.ForActAsync(db, scopes, scope, requestId, AccessRequestKind.PrivilegeUpdate, cancellationToken);
            Versioning.RequireUnchanged(request.Version, version);
            BusinessRules.ThrowIfAny(BusinessRules.Evaluate(new RequestMustNotAwaitEscalationRule(
                await AccountCreationService.EscalationOfAsync(db, request.Id, cancellationToken))));
            var catalog = await AccountCreationService.CatalogAsync(db, cancellationToken);
            var group = request.Form.RequestedGroupId is { } id ? catalog.Groups.Single(g => g.Id == id)
                : throw new InvalidInputException("PrivilegeGroup", "the request names no privilege group.");
            var escalation = Escalation.Raise(request, actor, group, model.PrivilegeCodes.Distinct().Select(catalog.Privilege).ToList(), model.Reason, clock);
            db.Escalations.Add(escalation);
            db.Audit(clock, scope.UserId, "Escalation.Raised", nameof(Escalation), escalation.Id, request.AreaId, null,
                new { escalation.PrivilegeGroupId, Group = group.Name, escalation.PrivilegeCodes, escalation.BrokenRuleCodes, escalation.Reason }, request.Id);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>The change's audit records (account before and after, the fulfilled request), each naming the request — also for the Operations Unit's grant.</summary>
    internal static void Record(ConsoleDbContext db, BusinessClock clock, Guid actorId, StaffAccount account, AccessRequest request,
        PrivilegeState before, PrivilegeCatalog catalog, object requestBefore)
    {
        var after = PrivilegeSnapshot(account, catalog);
        db.Audit(clock, actorId, "StaffAccount.PrivilegesChanged", nameof(StaffAccount), account.Id, account.AreaId, before,
            after with { Change = $"{before.Describe()} → {after.Describe()}" }, request.Id);
        db.Audit(clock, actorId, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore,
            NewAccountRecorder.RequestSnapshot(request), request.Id);
    }

    internal static PrivilegeState PrivilegeSnapshot(StaffAccount account, PrivilegeCatalog catalog) =>
        new(account.PrivilegeGroupId, catalog.Groups.SingleOrDefault(g => g.Id == account.PrivilegeGroupId)?.Name ?? "(removed group)",
            account.ExtraPrivilegeCodes.Order().ToList());
}

/// <summary>An account's group and extra privileges as the audit trail records them; <see cref="Change"/> is the timeline's note.</summary>
internal sealed record PrivilegeState(Guid PrivilegeGroupId, string Group, IReadOnlyList<string> ExtraPrivilegeCodes, string? Change = null)
{
    public string Describe() => ExtraPrivilegeCodes.Count == 0 ? Group : $"{Group} + {string.Join(", ", ExtraPrivilegeCodes)}";
}
