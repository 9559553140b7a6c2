using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.DataChanges.Rules;

namespace CalJobsConsole.Domain.DataChanges;

/// <summary>
/// DCR-1: a Data Change Request Form (WSD18-02) as the console keeps it. Staff or a requestor file it for a participant
/// record of their area — the CalJOBS participant record ID, never a Social Security number — naming the field(s) to
/// change, the value now (optional: the field may be blank), the value wanted and why. The area's administrator (never the
/// filer) signs it, with the date and their signature name, or declines it with a reason; either decision is final.
/// </summary>
public sealed class DataChangeRequest : Entity
{
    public const int MaxReferenceLength = 40;
    public const int MaxFieldLength = 200;
    public const int MaxValueLength = 500;
    public const int MaxReasonLength = 2000;

    private DataChangeRequest()
    {
    }

    public Guid AreaId { get; private set; }

    public Guid OfficeId { get; private set; }

    public Guid FiledById { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>The CalJOBS participant record ID (never an SSN, DCR-1).</summary>
    public string ParticipantReference { get; private set; } = "";

    /// <summary>The field or fields of the record to change.</summary>
    public string FieldName { get; private set; } = "";

    /// <summary>The value the record holds now; null when the field is blank in CalJOBS.</summary>
    public string? CurrentValue { get; private set; }

    public string RequestedValue { get; private set; } = "";

    /// <summary>The justification the administrator reviews.</summary>
    public string Reason { get; private set; } = "";

    public DataChangeStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The date of the signature, a calendar date in the business time zone.</summary>
    public DateOnly? SignedOn { get; private set; }

    public string? SignatureName { get; private set; }

    /// <summary>The signature itself (issue 20); null on requests signed before signatures were kept, which have only the name.</summary>
    public Signature? Signature { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>Bumped by every change, the concurrency token: two administrators deciding at once do not both win.</summary>
    public int Version { get; private set; }

    /// <summary>Files a request; every SSN-shaped text is refused at once with DCR-1, naming each field.</summary>
    public static DataChangeRequest File(Guid filedById, Guid areaId, Guid officeId, string? participantReference, string? fieldName,
        string? currentValue, string? requestedValue, string? reason, BusinessClock clock)
    {
        var request = new DataChangeRequest
        {
            FiledById = Guard.Required(filedById, nameof(FiledById)),
            AreaId = Guard.Required(areaId, nameof(AreaId)),
            OfficeId = Guard.Required(officeId, nameof(OfficeId)),
            FiledAt = clock.UtcNow,
            ParticipantReference = Guard.Required(participantReference, nameof(ParticipantReference), MaxReferenceLength),
            FieldName = Guard.Required(fieldName, nameof(FieldName), MaxFieldLength),
            CurrentValue = string.IsNullOrWhiteSpace(currentValue) ? null : Guard.Required(currentValue, nameof(CurrentValue), MaxValueLength),
            RequestedValue = Guard.Required(requestedValue, nameof(RequestedValue), MaxValueLength),
            Reason = Guard.Required(reason, nameof(Reason), MaxReasonLength),
            Status = DataChangeStatus.Submitted,
        };
        CheckRules(
            new TextMustNotHoldSocialSecurityNumberRule("Participant record reference", request.ParticipantReference),
            new TextMustNotHoldSocialSecurityNumberRule("Field(s) to change", request.FieldName),
            new TextMustNotHoldSocialSecurityNumberRule("Current value", request.CurrentValue),
            new TextMustNotHoldSocialSecurityNumberRule("Requested value", request.RequestedValue),
            new TextMustNotHoldSocialSecurityNumberRule("Reason", request.Reason));
        return request;
    }

    /// <summary>Every rule an administrator's decision must satisfy, all at once, so the screen lists every reason.</summary>
    public IReadOnlyList<BrokenRule> DecisionEligibility(AdministratorActor administrator) => BusinessRules.Evaluate(DecisionRules(administrator));

    /// <summary>
    /// The area's administrator signs (DCR-1) with their own signature over the data change statement: the date is today
    /// in the business time zone, the name the one they typed, which matched theirs on record.
    /// </summary>
    public void Sign(AdministratorActor administrator, Signature signature, BusinessClock clock)
    {
        CheckRules(DecisionRules(administrator));
        Signature = signature.Of(administrator.PersonId, AttestationStatement.DataChange);
        Decide(DataChangeStatus.Signed, administrator, clock);
        SignedOn = clock.Today;
        SignatureName = signature.SignerName;
    }

    /// <summary>The area's administrator declines, with the reason the filer reads.</summary>
    public void Decline(AdministratorActor administrator, string? reason, BusinessClock clock)
    {
        CheckRules(DecisionRules(administrator));
        var why = Guard.Required(reason, nameof(DeclineReason), MaxReasonLength);
        CheckRule(new TextMustNotHoldSocialSecurityNumberRule("Reason for declining", why));
        Decide(DataChangeStatus.Declined, administrator, clock);
        DeclineReason = why;
    }

    private IEnumerable<IBusinessRule> DecisionRules(AdministratorActor administrator) =>
    [
        new DataChangeRequestMustAwaitDecisionRule(Status, DecidedAt),
        new DataChangeRequestMustNotBeDecidedByItsFilerRule(FiledById, administrator.PersonId),
        new AdministratorMustActWithinScopeRule(administrator, AreaId, OfficeId),
        new AdministratorMustBeTrainedRule(administrator),
        new AdministratorMustNotBeSuspendedRule(administrator),
    ];

    private void Decide(DataChangeStatus status, AdministratorActor administrator, BusinessClock clock)
    {
        Status = status;
        DecidedById = administrator.PersonId;
        DecidedAt = clock.UtcNow;
        Version++;
    }
}
