using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Signatures;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// A signed designation form (Attachment 1): add, remove or change the contact of one administrator of the signer's
/// own area. Signed by the Local Area Director or Division Chief, or a current designee acting for them (DES-1);
/// the Operations Unit records it — which applies the change to the <see cref="Area"/> — or refuses it with a reason.
/// </summary>
public sealed class DesignationForm : Entity
{
    /// <summary>For EF Core.</summary>
    private DesignationForm() => Person = null!;

    private DesignationForm(Area area, DesignationFormKind kind, ContactDetails person, Guid? designationId,
        ContactDetails? newContact, string? reason, DesignationParticulars particulars, Signature signature, DateOnly signedOn)
    {
        Title = particulars.Title;
        Organisation = particulars.Organisation;
        CalJobsUsername = particulars.CalJobsUsername;
        EffectiveOn = particulars.EffectiveOn;
        var actedById = signature.SignerId;
        AreaId = area.Id;
        Kind = kind;
        Person = person;
        DesignationId = designationId;
        NewContact = newContact;
        Reason = reason;
        AccountableSignerId = area.DirectorId ?? actedById;
        ActedById = actedById;
        SignedOn = signedOn;
        Signature = signature;
        Status = DesignationFormStatus.Submitted;
    }

    public Guid AreaId { get; private set; }

    public DesignationFormKind Kind { get; private set; }

    /// <summary>Who the form is about: the person to designate, or the administrator removed or changed.</summary>
    public ContactDetails Person { get; private set; }

    /// <summary>The designation removed or changed; for an addition, the one created when recorded.</summary>
    public Guid? DesignationId { get; private set; }

    /// <summary>For a change of contact: the new details.</summary>
    public ContactDetails? NewContact { get; private set; }

    /// <summary>For a removal: why, as the form gives it.</summary>
    public string? Reason { get; private set; }

    /// <summary>The designated person's title (for a change of contact, the new one); null on a removal and on forms filed before it was asked.</summary>
    public string? Title { get; private set; }

    /// <summary>The organisation the designated person works for; null on a removal and on forms filed before it was asked.</summary>
    public string? Organisation { get; private set; }

    /// <summary>The designated person's CalJOBS username; null when they have none yet, on a removal, and on forms filed before it was asked.</summary>
    public string? CalJobsUsername { get; private set; }

    /// <summary>The day the addition, removal or change takes effect; null only on forms filed before it was asked (issue 20).</summary>
    public DateOnly? EffectiveOn { get; private set; }

    /// <summary>Whether the form was filed with the particulars of issue 20 (every form since asks for the effective date).</summary>
    public bool AskedParticulars => EffectiveOn is not null;

    /// <summary>The Director or Division Chief, accountable for the form whoever signed it.</summary>
    public Guid AccountableSignerId { get; private set; }

    /// <summary>Who signed: the Director, or a designee acting for them.</summary>
    public Guid ActedById { get; private set; }

    public DateOnly SignedOn { get; private set; }

    /// <summary>The signature over the Attachment 1 statement (issue 20); null on a form filed before signatures were kept.</summary>
    public Signature? Signature { get; private set; }

    public DesignationFormStatus Status { get; private set; }

    /// <summary>The form's PDF record as the console filed it when the Operations Unit recorded the form; null before, or for a form recorded before the console filed records.</summary>
    public FiledRecord? FiledRecord { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? RefusalReason { get; private set; }

    public bool SignedByDesignee => ActedById != AccountableSignerId;

    /// <summary>
    /// Signs an "add" form: the person takes a free seat once recorded (DES-1, CAP-1). The form asks for the person's phone,
    /// title, organisation and the effective date; their CalJOBS username only if they have one.
    /// </summary>
    public static DesignationForm SubmitAddition(Area area, ContactDetails person, DesignationParticulars particulars, Signature signature, DateOnly today)
    {
        var signerId = signature.SignerId;
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(area, signerId, today));
        Guard.Phone(person.Phone, nameof(ContactDetails.Phone));
        var checkedParticulars = particulars.CheckedForPerson(today);
        CheckRule(new PersonMustNotBeDesignatedAlreadyRule(area, $"{person.FullName} ({person.Email})",
            area.ActiveDesignations.Any(d => SameEmail(d.Contact, person))));
        CheckRule(new AreaMustHaveFreeAdministratorSeatRule(area.Name, area.Kind, area.ActiveDesignations.Count()));
        return new DesignationForm(area, DesignationFormKind.Add, person, null, null, null, checkedParticulars, Signed(signature), today);
    }

    /// <summary>Signs a "remove" form for one of the area's active administrators (DES-1), effective on <paramref name="effectiveOn"/>.</summary>
    public static DesignationForm SubmitRemoval(Area area, Guid designationId, string? reason, DateOnly? effectiveOn, Signature signature, DateOnly today)
    {
        var signerId = signature.SignerId;
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(area, signerId, today));
        var particulars = new DesignationParticulars(null, null, null, DesignationParticulars.EffectiveWithin(effectiveOn, today));
        var designation = ActiveDesignation(area, designationId);
        var why = string.IsNullOrWhiteSpace(reason) ? null : ParticipantText.Required(reason, nameof(Reason), 1000, "Reason");
        return new DesignationForm(area, DesignationFormKind.Remove, designation.Contact, designation.Id, null, why, particulars, Signed(signature), today);
    }

    /// <summary>
    /// Signs a "change" form: new contact details for one of the area's active administrators (DES-1), with the phone, title,
    /// organisation and effective date as for an addition.
    /// </summary>
    public static DesignationForm SubmitContactChange(Area area, Guid designationId, ContactDetails newContact, DesignationParticulars particulars,
        Signature signature, DateOnly today)
    {
        var signerId = signature.SignerId;
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(area, signerId, today));
        Guard.Phone(newContact.Phone, nameof(ContactDetails.Phone));
        var checkedParticulars = particulars.CheckedForPerson(today);
        var designation = ActiveDesignation(area, designationId);
        return new DesignationForm(area, DesignationFormKind.ChangeContact, designation.Contact, designation.Id, newContact, null, checkedParticulars,
            Signed(signature), today);
    }

    /// <summary>
    /// The Operations Unit records the form and the change applies to <paramref name="area"/>: CAP-1 is checked again
    /// for an addition, whose person is <paramref name="personId"/>. Returns the designation added, removed or changed.
    /// </summary>
    public AdministratorDesignation Record(Area area, Guid recordedById, DateOnly today, Guid personId = default)
    {
        CheckRule(new DesignationFormMustAwaitRecordingRule(Status));
        if (area.Id != AreaId)
            throw new InvalidInputException(nameof(AreaId), "the form belongs to another area.");
        AdministratorDesignation designation;
        switch (Kind)
        {
            case DesignationFormKind.Add:
                designation = area.Designate(personId, Person, ActedById, SignedOn, recordedById);
                DesignationId = designation.Id;
                break;
            case DesignationFormKind.Remove:
                designation = ActiveDesignation(area, DesignationId!.Value);
                area.RemoveDesignation(designation.Id, ActedById, SignedOn, Reason);
                break;
            default:
                designation = ActiveDesignation(area, DesignationId!.Value);
                area.ChangeAdministratorContact(designation.Id, NewContact!, ActedById, SignedOn);
                break;
        }
        Decide(DesignationFormStatus.Recorded, recordedById, today);
        return designation;
    }

    /// <summary>Keeps the PDF record rendered when the form was recorded (issue 20): only a recorded form is filed, and only once.</summary>
    public void FileRecord(FiledRecord record)
    {
        if (Status != DesignationFormStatus.Recorded)
            throw new InvalidInputException(nameof(FiledRecord), "only a recorded designation form is filed.");
        if (FiledRecord is not null)
            throw new InvalidInputException(nameof(FiledRecord), "the form's record was filed already.");
        FiledRecord = record ?? throw new InvalidInputException(nameof(FiledRecord), "is required.");
    }

    /// <summary>The Operations Unit refuses the form, saying why; nothing changes in the area.</summary>
    public void Refuse(Guid refusedById, string? reason, DateOnly today)
    {
        CheckRule(new DesignationFormMustAwaitRecordingRule(Status));
        RefusalReason = ParticipantText.Required(reason, nameof(RefusalReason), 1000, "Reason for refusing");
        Decide(DesignationFormStatus.Refused, refusedById, today);
    }

    private void Decide(DesignationFormStatus status, Guid byId, DateOnly today)
    {
        Status = status;
        DecidedById = Guard.Required(byId, nameof(DecidedById));
        DecidedOn = today;
    }

    private static AdministratorDesignation ActiveDesignation(Area area, Guid designationId) =>
        area.ActiveDesignations.SingleOrDefault(d => d.Id == designationId)
        ?? throw new InvalidInputException(nameof(DesignationId),
            $"that person is not a designated {area.AdministratorRole.DisplayName()} of {area.Name} (any more).");

    private static Signature Signed(Signature signature) => signature.Of(signature.SignerId, AttestationStatement.DesignationForm);

    private static bool SameEmail(ContactDetails a, ContactDetails b) =>
        string.Equals(a.Email, b.Email, StringComparison.OrdinalIgnoreCase);
}
