using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Escalations.Rules;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.Requests.Rules;

namespace CalJobsConsole.Domain.Accounts;

/// <summary>The directive's recurring acts on an account, each from an approved request (REQ-1).</summary>
public sealed partial class StaffAccount
{
    /// <summary>Every reason the administrator may not carry out <paramref name="request"/> on this account now.</summary>
    public IReadOnlyList<BrokenRule> ActEligibility(AccessRequest request, AdministratorActor administrator,
        IEnumerable<EvidenceDocument> evidence, BusinessClock clock, AttestationPolicy policy)
    {
        var rules = ActRules(request, request.Kind, administrator, evidence).ToList();
        if (request.Kind == AccessRequestKind.AnnualRenewal)
            rules.AddRange(PrerequisiteEligibility.ForRenewal(StaffKind, request.Form.Attestations, clock.Today, policy));
        if (request.Kind == AccessRequestKind.Deactivation)
            rules.AddRange(SeparationRules(request));
        return BusinessRules.Evaluate(rules);
    }

    /// <summary>CRD-1: a new temporary password from an approved reset request; any earlier unused one stops working.</summary>
    public void ResetPassword(AccessRequest request, AdministratorActor administrator, IEnumerable<EvidenceDocument> evidence, BusinessClock clock)
    {
        var documents = evidence.ToList();
        CheckRules(ActRules(request, AccessRequestKind.PasswordReset, administrator, documents));
        IssueTemporaryCredential(clock);
        Fulfil(request, documents, clock);
    }

    /// <summary>
    /// A new group — the one the request asked for (REQ-1) — and extra privileges from an approved update request, within the
    /// administrator's grant (GRP-1..3); not while the request's <paramref name="escalation"/> (null when it has none) awaits the
    /// Operations Unit or was granted (GRP-3).
    /// </summary>
    public void ChangePrivileges(AccessRequest request, AdministratorActor administrator, PrivilegeGroup group,
        IReadOnlyCollection<Privilege> extraPrivileges, IEnumerable<EvidenceDocument> evidence, Escalation? escalation, BusinessClock clock)
    {
        var documents = evidence.ToList();
        CheckRules(ActRules(request, AccessRequestKind.PrivilegeUpdate, administrator, documents)
            .Concat(GrantEligibility.Rules(administrator.Role, group, extraPrivileges))
            .Append(new GroupMustBeTheRequestedOneRule(request, group))
            .Append(new RequestMustNotAwaitEscalationRule(escalation)));
        SetPrivileges(group, extraPrivileges);
        Fulfil(request, documents, clock);
    }

    /// <summary>
    /// GRP-3: the Operations Unit carries out a privilege update the administrator escalated — the group and privileges
    /// the escalation granted, from the approved request, its form uploaded (DOC-1), on an account still open.
    /// </summary>
    public void ChangePrivilegesFromEscalation(AccessRequest request, Escalation? escalation, PrivilegeGroup group,
        IReadOnlyCollection<Privilege> extraPrivileges, IEnumerable<EvidenceDocument> evidence, BusinessClock clock)
    {
        if (escalation is not null && escalation.PrivilegeGroupId != group.Id)
            throw new InvalidInputException("PrivilegeGroup", "the account gets the group the escalation granted.");
        var documents = evidence.ToList();
        BusinessRules.ThrowIfAny(BusinessRules.Evaluate(
        [
            new ActMustFollowApprovedRequestRule(request, AccessRequestKind.PrivilegeUpdate, Id),
            new EscalationMustBeGrantedRule(escalation, request.Id),
            new GroupMustBeTheRequestedOneRule(request, group),
            new AccountMustNotBeDeactivatedRule(this),
            .. EvidenceRequirements.Rules(EvidenceMoment.PrivilegeUpdate, StaffKind, EvidenceFor(request, documents)),
        ]));
        SetPrivileges(group, extraPrivileges);
        Fulfil(request, documents, clock);
    }

    /// <summary>
    /// REN-1: the annual renewal with updated attestation dates (and, for non-EDD staff, the updated ISPA certificate
    /// and E-1). The next due date is one year after the renewal request's approval; a suspension for an overdue
    /// renewal ends (REV-1).
    /// </summary>
    public void Renew(AccessRequest request, AdministratorActor administrator, IEnumerable<EvidenceDocument> evidence,
        BusinessClock clock, AttestationPolicy policy)
    {
        var documents = evidence.ToList();
        CheckRules(ActRules(request, AccessRequestKind.AnnualRenewal, administrator, documents)
            .Concat(PrerequisiteEligibility.ForRenewal(StaffKind, request.Form.Attestations, clock.Today, policy)));
        var approvedOn = clock.ToBusinessDate(request.DecidedAt!.Value);
        Attestations = request.Form.Attestations!;
        LastRenewedOn = approvedOn;
        RenewalDueOn = approvedOn.AddYears(1);
        if (SuspensionCause == Accounts.SuspensionCause.OverdueRenewal)
            Unsuspend();
        JudgeEvidence(request, EvidenceFor(request, documents).Select(d => d.Kind));
        Fulfil(request, documents, clock);
    }

    /// <summary>
    /// DEA-1: deactivation from an approved request carrying the separation date, its form uploaded first. A date
    /// still ahead schedules it; otherwise it happens now, recorded late by the days past the separation date. A separation
    /// date before the account existed is refused (DEA-1), with every other broken rule.
    /// </summary>
    public void Deactivate(AccessRequest request, AdministratorActor administrator, IEnumerable<EvidenceDocument> evidence, BusinessClock clock)
    {
        var documents = evidence.ToList();
        CheckRules(ActRules(request, AccessRequestKind.Deactivation, administrator, documents).Concat(SeparationRules(request)));
        var separation = request.Form.SeparationDate!.Value;
        SeparationDate = separation;
        KeepEvidence(request, documents);
        if (separation > clock.Today)
        {
            ScheduledDeactivationOn = separation;
            ScheduledDeactivationRequestId = request.Id;
            return;
        }
        CloseAccount(clock);
        request.MarkFulfilled(clock);
    }

    /// <summary>DEA-1: the daily job carries out a scheduled deactivation on its date; false when not yet due or already done.</summary>
    public bool CarryOutScheduledDeactivation(AccessRequest request, BusinessClock clock)
    {
        if (Status == AccountStatus.Deactivated || ScheduledDeactivationOn is not { } due || due > clock.Today)
            return false;
        if (request.Id != ScheduledDeactivationRequestId)
            throw new InvalidInputException(nameof(ScheduledDeactivationRequestId), "the deactivation is carried out from the request that scheduled it.");
        CloseAccount(clock);
        request.MarkFulfilled(clock);
        return true;
    }

    private IEnumerable<IBusinessRule> ActRules(AccessRequest request, AccessRequestKind act, AdministratorActor administrator,
        IEnumerable<EvidenceDocument> evidence)
    {
        yield return new ActMustFollowApprovedRequestRule(request, act, Id);
        yield return new AdministratorMustBeTrainedRule(administrator);
        yield return new AdministratorMustNotBeSuspendedRule(administrator);
        yield return new AdministratorMustActWithinScopeRule(administrator, AreaId, OfficeId);
        yield return new AccountMustNotBeDeactivatedRule(this);
        foreach (var rule in EvidenceRequirements.Rules(EvidenceMoments.For(act), StaffKind, EvidenceFor(request, evidence)))
            yield return rule;
    }

    /// <summary>DEA-1: the separation date the deactivation request carries is one the account could have reached.</summary>
    private IEnumerable<IBusinessRule> SeparationRules(AccessRequest request) =>
        request.Form.SeparationDate is { } separation ? [new SeparationDateMustNotPrecedeAccountRule(separation, this)] : [];

    private void SetPrivileges(PrivilegeGroup group, IEnumerable<Privilege> extraPrivileges)
    {
        PrivilegeGroupId = group.Id;
        _extraPrivilegeCodes.Clear();
        _extraPrivilegeCodes.AddRange(extraPrivileges.Select(p => p.Code).Distinct());
    }

    private void Fulfil(AccessRequest request, IEnumerable<EvidenceDocument> evidence, BusinessClock clock)
    {
        KeepEvidence(request, evidence);
        request.MarkFulfilled(clock);
    }

    /// <summary>Closes the account; an unused temporary password dies with it.</summary>
    private void CloseAccount(BusinessClock clock)
    {
        var today = clock.Today;
        Status = AccountStatus.Deactivated;
        DeactivatedOn = today;
        DeactivationDaysLate = SeparationDate is { } separation && today > separation ? today.DayNumber - separation.DayNumber : 0;
        ScheduledDeactivationOn = null;
        SuspensionCause = null;
        SuspensionNote = null;
        if (TemporaryCredential is { IsUsed: false, ExpiredAt: null })
            TemporaryCredential = TemporaryCredential with { ExpiredAt = clock.UtcNow };
    }
}
