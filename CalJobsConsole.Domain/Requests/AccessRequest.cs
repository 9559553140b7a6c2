using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Requests.Rules;
using CalJobsConsole.Domain.Signatures;

namespace CalJobsConsole.Domain.Requests;

/// <summary>
/// A CalJOBS System Access Request (Attachment 3): submitted by a requestor to their area's administrator,
/// who approves it, returns it for correction or rejects it; the approved act is then carried out once (REQ-1).
/// </summary>
public sealed class AccessRequest : Entity
{
    /// <summary>For EF Core.</summary>
    private AccessRequest() => Form = null!;

    private AccessRequest(Guid requestorId, AccessRequestForm form, Signature requestorSignature, DateTimeOffset submittedAt)
    {
        RequestorId = requestorId;
        Form = form;
        RequestorSignature = requestorSignature;
        SubmittedAt = submittedAt;
        Status = AccessRequestStatus.Submitted;
    }

    public Guid RequestorId { get; private set; }

    public AccessRequestForm Form { get; private set; }

    public AccessRequestKind Kind => Form.Kind;

    public Guid AreaId => Form.AreaId;

    public Guid OfficeId => Form.OfficeId;

    /// <summary>The account the request is for: the one its form names, or the one a new-account request created.</summary>
    public Guid? AccountId => Form.AccountId ?? CreatedAccountId;

    /// <summary>The account this new-account request created, once fulfilled.</summary>
    public Guid? CreatedAccountId { get; private set; }

    public AccessRequestStatus Status { get; private set; }

    /// <summary>The requestor's signature over the Attachment 3 statement (REQ-1); null on a request filed before signatures were kept.</summary>
    public Signature? RequestorSignature { get; private set; }

    /// <summary>The approving administrator's signature (REQ-1); null until approved, and on requests approved before signatures were kept.</summary>
    public Signature? ApprovalSignature { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The correction asked for, or the reason for a rejection.</summary>
    public string? DecisionNote { get; private set; }

    public DateTimeOffset? FulfilledAt { get; private set; }

    /// <summary>Bumped on every change of state, so two administrators deciding at once cannot both win (a concurrency token).</summary>
    public int Version { get; private set; }

    /// <summary>The requestor signs and submits the form (REQ-1): <paramref name="signature"/> is theirs, over the Attachment 3 statement.</summary>
    public static AccessRequest Submit(Guid requestorId, AccessRequestForm form, Signature signature, BusinessClock clock) =>
        new(Guard.Required(requestorId, nameof(RequestorId)), form.Validated(clock.Today),
            signature.Of(requestorId, AttestationStatement.AccessRequest), clock.UtcNow);

    /// <summary>The requestor corrects a returned request and resubmits it.</summary>
    public void Correct(Guid requestorId, AccessRequestForm form, Signature signature, BusinessClock clock)
    {
        if (requestorId != RequestorId)
            throw new InvalidInputException(nameof(RequestorId), "only the requestor who submitted the request corrects it.");
        if (Status != AccessRequestStatus.ReturnedForCorrection)
            throw new InvalidInputException(nameof(Status), $"only a request returned for correction can be corrected; this one is {Status}.");
        if (form.Kind != Kind)
            throw new InvalidInputException(nameof(AccessRequestForm.Kind), "a correction keeps the kind of request; submit a new request instead.");
        Form = form.Validated(clock.Today);
        RequestorSignature = signature.Of(requestorId, AttestationStatement.AccessRequest);
        Status = AccessRequestStatus.Submitted;
        SubmittedAt = clock.UtcNow;
        Version++;
    }

    /// <summary>
    /// Every reason the administrator may not approve now: the request must await a decision, the administrator
    /// be trained and in scope, and a new-account or renewal request meet its prerequisites.
    /// </summary>
    public IReadOnlyList<BrokenRule> ApprovalEligibility(AdministratorActor administrator, BusinessClock clock, AttestationPolicy policy)
    {
        var rules = new List<IBusinessRule>(DecisionRules(administrator));
        if (Kind == AccessRequestKind.NewAccount)
            rules.AddRange(PrerequisiteEligibility.ForCreation(Form.StaffKind, Form.Attestations, clock.Today, policy));
        if (Kind == AccessRequestKind.AnnualRenewal)
            rules.AddRange(PrerequisiteEligibility.ForRenewal(Form.StaffKind, Form.Attestations, clock.Today, policy));
        return BusinessRules.Evaluate(rules);
    }

    /// <summary>The administrator approves, signing the approval statement (REQ-1).</summary>
    public void Approve(AdministratorActor administrator, Signature signature, BusinessClock clock, AttestationPolicy policy)
    {
        BusinessRules.ThrowIfAny(ApprovalEligibility(administrator, clock, policy));
        ApprovalSignature = signature.Of(administrator.PersonId, AttestationStatement.RequestApproval);
        Decide(AccessRequestStatus.Approved, administrator, clock, note: null);
    }

    public void ReturnForCorrection(AdministratorActor administrator, string? note, BusinessClock clock)
    {
        CheckRules(DecisionRules(administrator));
        Decide(AccessRequestStatus.ReturnedForCorrection, administrator, clock, ParticipantText.Required(note, "Note", 2000));
    }

    public void Reject(AdministratorActor administrator, string? reason, BusinessClock clock)
    {
        CheckRules(DecisionRules(administrator));
        Decide(AccessRequestStatus.Rejected, administrator, clock, ParticipantText.Required(reason, "Reason", 2000));
    }

    /// <summary>Marks the approved act carried out; called by the act itself, so it happens once.</summary>
    internal void MarkFulfilled(BusinessClock clock, Guid? createdAccountId = null)
    {
        CheckRule(new ActMustFollowApprovedRequestRule(this, Kind, Form.AccountId));
        Status = AccessRequestStatus.Fulfilled;
        FulfilledAt = clock.UtcNow;
        CreatedAccountId = Kind == AccessRequestKind.NewAccount ? createdAccountId : null;
        Version++;
    }

    /// <summary>
    /// GRP-3: the request went to the Operations Unit. Its version moves, so an administrator acting on it meanwhile
    /// (creating the account, escalating it again) loses the race instead of acting twice.
    /// </summary>
    internal void MarkEscalated() => Version++;

    /// <summary>
    /// GRP-3: the Operations Unit declined the escalation this approved request needed, so it cannot be fulfilled as
    /// asked; it closes as rejected with the Operations Unit's note, which the requestor and the administrator see.
    /// </summary>
    public void CloseAfterDeclinedEscalation(Escalations.Escalation escalation)
    {
        if (escalation.RequestId != Id || escalation.Status != Escalations.EscalationStatus.Declined)
            throw new InvalidInputException(nameof(escalation), "only this request's declined escalation closes it.");
        if (Status != AccessRequestStatus.Approved)
            throw new InvalidInputException(nameof(Status), $"only an approved request waits on an escalation; this one is {Status}.");
        Status = AccessRequestStatus.Rejected;
        DecisionNote = $"The Operations Unit declined the escalation (GRP-3): {escalation.DecisionNote}";
        Version++;
    }

    private IEnumerable<IBusinessRule> DecisionRules(AdministratorActor administrator) =>
    [
        new RequestMustAwaitDecisionRule(this),
        new AdministratorMustBeTrainedRule(administrator),
        new AdministratorMustNotBeSuspendedRule(administrator),
        new AdministratorMustActWithinScopeRule(administrator, AreaId, OfficeId),
    ];

    private void Decide(AccessRequestStatus status, AdministratorActor administrator, BusinessClock clock, string? note)
    {
        Status = status;
        DecidedById = administrator.PersonId;
        DecidedAt = clock.UtcNow;
        DecisionNote = note;
        Version++;
    }
}
