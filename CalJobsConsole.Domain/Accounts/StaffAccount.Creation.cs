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

/// <summary>
/// What the administrator grants from an approved new-account request, with the evidence uploaded for it, the request's
/// latest escalation to the Operations Unit (GRP-3), if it was ever escalated, and the person the staff member already is
/// in the console, if they are one (<see cref="StaffPerson"/>).
/// </summary>
public sealed record NewAccountGrant(
    AccessRequest Request,
    string Username,
    PrivilegeGroup Group,
    IReadOnlyCollection<Privilege> ExtraPrivileges,
    IReadOnlyCollection<EvidenceDocument> Evidence,
    Escalation? Escalation = null,
    StaffPerson? Person = null);

/// <summary>
/// The person a new account's staff member already is (found by e-mail address): a rehire whose earlier account was
/// deactivated, or a supervisor, Director or administrator who now also needs CalJOBS staff access. The new account is
/// theirs (<see cref="StaffAccount.PersonId"/>). <paramref name="OpenAccountUsername"/>: an account of theirs that is not
/// deactivated, which refuses a second one (REQ-1).
/// </summary>
public sealed record StaffPerson(Guid Id, string? OpenAccountUsername);

public sealed partial class StaffAccount
{
    /// <summary>
    /// Can this account be created? Every unmet prerequisite at once: the approved request and the group it asked for
    /// (REQ-1), the administrator's training, suspension and scope (DES-2, REV-1, SCO-1), the staff member's signed
    /// statement and ISPA training and their currency (PRE-1, PRE-2), the evidence (DOC-1), the group the administrator
    /// may grant (GRP-1..3) and no escalation the Operations Unit decides instead (GRP-3).
    /// </summary>
    public static IReadOnlyList<BrokenRule> CreationEligibility(NewAccountGrant grant, AdministratorActor administrator,
        BusinessClock clock, AttestationPolicy policy) =>
        BusinessRules.Evaluate(
        [
            new ActMustFollowApprovedRequestRule(grant.Request, AccessRequestKind.NewAccount, null),
            new AdministratorMustBeTrainedRule(administrator),
            new AdministratorMustNotBeSuspendedRule(administrator),
            new AdministratorMustActWithinScopeRule(administrator, grant.Request.AreaId, grant.Request.OfficeId),
            new GroupMustBeTheRequestedOneRule(grant.Request, grant.Group),
            new PersonMustNotHoldAnOpenAccountRule(grant.Request.Form.Staff.FullName, grant.Person?.OpenAccountUsername),
            .. Prerequisites(grant, clock, policy),
            .. GrantEligibility.Rules(administrator.Role, grant.Group, grant.ExtraPrivileges),
            new RequestMustNotAwaitEscalationRule(grant.Escalation),
        ]);

    /// <summary>Creates the account, issues its temporary password (CRD-1), keeps the evidence on it and fulfils the request.</summary>
    public static StaffAccount Create(NewAccountGrant grant, AdministratorActor administrator, BusinessClock clock, AttestationPolicy policy)
    {
        BusinessRules.ThrowIfAny(CreationEligibility(grant, administrator, clock, policy));
        return Open(grant, clock);
    }

    /// <summary>
    /// The Operations Unit creates an account the administrator escalated (GRP-3): every prerequisite still holds;
    /// the group and privileges are the ones the escalation granted.
    /// </summary>
    public static StaffAccount CreateFromEscalation(NewAccountGrant grant, Escalation? escalation, BusinessClock clock, AttestationPolicy policy)
    {
        if (escalation is not null && escalation.PrivilegeGroupId != grant.Group.Id)
            throw new InvalidInputException("PrivilegeGroup", "the account gets the group the escalation granted.");
        BusinessRules.ThrowIfAny(BusinessRules.Evaluate(
        [
            new ActMustFollowApprovedRequestRule(grant.Request, AccessRequestKind.NewAccount, null),
            new EscalationMustBeGrantedRule(escalation, grant.Request.Id),
            new GroupMustBeTheRequestedOneRule(grant.Request, grant.Group),
            new PersonMustNotHoldAnOpenAccountRule(grant.Request.Form.Staff.FullName, grant.Person?.OpenAccountUsername),
            .. Prerequisites(grant, clock, policy),
        ]));
        return Open(grant, clock);
    }

    private static IEnumerable<IBusinessRule> Prerequisites(NewAccountGrant grant, BusinessClock clock, AttestationPolicy policy)
    {
        var form = grant.Request.Form;
        return PrerequisiteEligibility.ForCreation(form.StaffKind, form.Attestations, clock.Today, policy)
            .Concat(EvidenceRequirements.Rules(EvidenceMoment.Creation, form.StaffKind, EvidenceFor(grant.Request, grant.Evidence)));
    }

    private static StaffAccount Open(NewAccountGrant grant, BusinessClock clock)
    {
        var form = grant.Request.Form;
        var account = new StaffAccount(ValidUsername(grant.Username), form.Staff, form.StaffKind, form.AreaId, form.OfficeId,
            grant.Request.RequestorId, grant.Group.Id, form.Attestations!, clock.Today);
        if (grant.Person is { } person)
            account.PersonId = Guard.Required(person.Id, nameof(PersonId));
        account._extraPrivilegeCodes.AddRange(grant.ExtraPrivileges.Select(p => p.Code).Distinct());
        account.IssueTemporaryCredential(clock);
        account.KeepEvidence(grant.Request, grant.Evidence);
        account.JudgeEvidence(grant.Request, EvidenceFor(grant.Request, grant.Evidence).Select(d => d.Kind));
        grant.Request.MarkFulfilled(clock, account.Id);
        return account;
    }

    /// <summary>Only documents uploaded for this request's act count as its evidence.</summary>
    private static IEnumerable<EvidenceDocument> EvidenceFor(AccessRequest request, IEnumerable<EvidenceDocument> evidence) =>
        evidence.Where(d => d.RequestId == request.Id);

    private void KeepEvidence(AccessRequest request, IEnumerable<EvidenceDocument> evidence)
    {
        foreach (var document in EvidenceFor(request, evidence))
            document.KeepOn(Id);
    }
}
