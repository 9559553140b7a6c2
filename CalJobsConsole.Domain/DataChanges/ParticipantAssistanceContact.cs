using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges.Rules;

namespace CalJobsConsole.Domain.DataChanges;

/// <summary>
/// DCR-1: one entry of an administrator's contact log — they are the point of contact for data validation (WSD22-04) and
/// assist with pseudo social security number assignment (WSD20-11). Who was helped, when, about which participant record
/// (its CalJOBS record ID, never an SSN or pseudo-SSN), what kind of help, and a note. Entries are kept as recorded.
/// </summary>
public sealed class ParticipantAssistanceContact : Entity
{
    public const int MaxNameLength = 200;
    public const int MaxNoteLength = 2000;

    private ParticipantAssistanceContact()
    {
    }

    public Guid AreaId { get; private set; }

    public Guid RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The staff member the administrator assisted.</summary>
    public string AssistedStaffName { get; private set; } = "";

    /// <summary>The day of the contact, a calendar date in the business time zone; not in the future.</summary>
    public DateOnly ContactedOn { get; private set; }

    public string ParticipantReference { get; private set; } = "";

    public AssistanceKind Kind { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Records a contact; every SSN-shaped text is refused at once with DCR-1, naming each field.</summary>
    public static ParticipantAssistanceContact Record(Guid areaId, Guid recordedById, string? assistedStaffName, DateOnly contactedOn,
        string? participantReference, AssistanceKind kind, string? note, BusinessClock clock)
    {
        var contact = new ParticipantAssistanceContact
        {
            AreaId = Guard.Required(areaId, nameof(AreaId)),
            RecordedById = Guard.Required(recordedById, nameof(RecordedById)),
            RecordedAt = clock.UtcNow,
            AssistedStaffName = Guard.Required(assistedStaffName, nameof(AssistedStaffName), MaxNameLength),
            ContactedOn = Guard.NotInFuture(contactedOn, clock.Today, nameof(ContactedOn)),
            ParticipantReference = Guard.Required(participantReference, nameof(ParticipantReference), DataChangeRequest.MaxReferenceLength),
            Kind = Guard.Defined(kind, nameof(Kind)),
            Note = string.IsNullOrWhiteSpace(note) ? null : Guard.Required(note, nameof(Note), MaxNoteLength),
        };
        CheckRules(
            new TextMustNotHoldSocialSecurityNumberRule("Staff member assisted", contact.AssistedStaffName),
            new TextMustNotHoldSocialSecurityNumberRule("Participant record reference", contact.ParticipantReference),
            new TextMustNotHoldSocialSecurityNumberRule("Note", contact.Note));
        return contact;
    }
}
