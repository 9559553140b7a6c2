using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// A Local Area or WSB field division: its Director or Division Chief, the designees they named, and
/// the administrator seats it may fill (CAP-1). Seats change only through a signed designation form (DES-1).
/// </summary>
public sealed class Area : Entity
{
    private readonly List<AdministratorDesignation> _designations = [];
    private readonly List<Designee> _designees = [];

    private Area(string name, AreaKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; private set; }

    public AreaKind Kind { get; private set; }

    /// <summary>The person who signs the area's designation forms: Local Area Director or Division Chief.</summary>
    public Guid? DirectorId { get; private set; }

    public ContactDetails? Director { get; private set; }

    public int AdministratorCap => AreaMustHaveFreeAdministratorSeatRule.CapFor(Kind);

    public AdministratorRole AdministratorRole => Kind.AdministratorRoleOf();

    public IReadOnlyCollection<AdministratorDesignation> Designations => _designations.AsReadOnly();

    public IReadOnlyCollection<Designee> Designees => _designees.AsReadOnly();

    public IEnumerable<AdministratorDesignation> ActiveDesignations => _designations.Where(d => d.IsActive);

    public int FreeSeats => AdministratorCap - ActiveDesignations.Count();

    public static Area Create(string? name, AreaKind kind) =>
        new(Guard.Required(name, nameof(Name)), Guard.Defined(kind, nameof(Kind)));

    public void Rename(string? name) => Name = Guard.Required(name, nameof(Name));

    public void AppointDirector(Guid personId, ContactDetails contact)
    {
        DirectorId = Guard.Required(personId, nameof(DirectorId));
        Director = contact;
    }

    /// <summary>The Director or Division Chief names a designee who may sign designation forms for them.</summary>
    public Designee NameDesignee(Guid namedById, Guid personId, ContactDetails contact, DateOnly today, DateOnly? endsOn = null)
    {
        CheckRule(new OnlyDirectorMayNameDesigneesRule(this, namedById));
        if (personId == DirectorId)
            throw new InvalidInputException(nameof(Designee.PersonId), $"the {Kind.SignerTitle()} signs in their own right and is not their own designee.");
        if (_designees.Any(d => d.PersonId == personId && d.IsCurrentOn(today)))
            throw new InvalidInputException(nameof(Designee.PersonId), $"{contact.FullName} is already a current designee for {Name}.");
        var designee = Designee.Name(personId, contact, today, endsOn);
        _designees.Add(designee);
        return designee;
    }

    public void WithdrawDesignee(Guid withdrawnById, Guid designeeId, DateOnly today)
    {
        CheckRule(new OnlyDirectorMayNameDesigneesRule(this, withdrawnById));
        var designee = _designees.SingleOrDefault(d => d.Id == designeeId)
            ?? throw new InvalidInputException(nameof(designeeId), $"{Name} has no such designee.");
        designee.Withdraw(today);
    }

    /// <summary>DES-1: the Director/Division Chief, or a designee current on <paramref name="day"/>.</summary>
    public bool MaySignDesignationForms(Guid personId, DateOnly day) =>
        personId != Guid.Empty && (personId == DirectorId || _designees.Any(d => d.PersonId == personId && d.IsCurrentOn(day)));

    /// <summary>
    /// Applies a signed "add" designation form: the person takes the lowest free seat (CAP-1, DES-1).
    /// The database holds the seat cap too (a unique seat per area among active designations).
    /// </summary>
    public AdministratorDesignation Designate(Guid personId, ContactDetails contact, Guid signedById, DateOnly signedOn,
        Guid recordedById, SpocCoverage? coverage = null)
    {
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(this, signedById, signedOn));
        CheckRule(new PersonMustNotBeDesignatedAlreadyRule(this, contact.FullName, ActiveDesignations.Any(d => d.PersonId == personId)));
        CheckRule(new AreaMustHaveFreeAdministratorSeatRule(Name, Kind, ActiveDesignations.Count()));
        var designation = AdministratorDesignation.Add(this, personId, contact, LowestFreeSeat(),
            Sign(signedById, signedOn, recordedById), coverage);
        _designations.Add(designation);
        return designation;
    }

    /// <summary>
    /// May an administrator who held a seat before the console be recorded? Every broken rule at once: a free seat, counting
    /// the seats already held and those taken by earlier rows of the same import (CAP-1), and no designation or training date
    /// in the future (DES-1, DES-2). A person already seated here is not a problem: the import leaves them unchanged.
    /// </summary>
    public static IReadOnlyList<BrokenRule> DesignationImportEligibility(string areaName, AreaKind kind, int seatsHeld,
        DateOnly designatedOn, DateOnly? trainingCompletedOn, DateOnly today) =>
        BusinessRules.Evaluate(
            new AreaMustHaveFreeAdministratorSeatRule(areaName, kind, seatsHeld),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Des1, "DesignatedOn", designatedOn, today),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Des2, "TrainingCompletedOn", trainingCompletedOn, today));

    /// <summary>
    /// Records an administrator who held a seat before the console, like a recorded designation form: the lowest free seat
    /// (CAP-1), the designation date and the training as the file gives them (DES-2: untrained until a date is recorded). The
    /// signed Attachment 1 stays where it is kept; the Operations Unit member who imported is the recorder and, when the area
    /// has no Director on record, the accountable signer.
    /// </summary>
    public AdministratorDesignation ImportDesignation(Guid personId, ContactDetails contact, DateOnly designatedOn,
        DateOnly? trainingCompletedOn, SpocCoverage? coverage, Guid importedById, DateOnly today)
    {
        BusinessRules.ThrowIfAny(DesignationImportEligibility(Name, Kind, ActiveDesignations.Count(), designatedOn, trainingCompletedOn, today));
        CheckRule(new PersonMustNotBeDesignatedAlreadyRule(this, contact.FullName, ActiveDesignations.Any(d => d.PersonId == personId)));
        var designation = AdministratorDesignation.Add(this, personId, contact, LowestFreeSeat(),
            new DesignationSignature(DirectorId ?? importedById, importedById, designatedOn, Guard.Required(importedById, nameof(DesignationSignature.RecordedById))),
            coverage);
        if (trainingCompletedOn is { } trained)
            designation.RecordTraining(trained, today);
        _designations.Add(designation);
        return designation;
    }

    /// <summary>Applies a signed "delete" designation form; the seat is free at once (DES-1).</summary>
    public void RemoveDesignation(Guid designationId, Guid signedById, DateOnly signedOn, string? reason = null)
    {
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(this, signedById, signedOn));
        ActiveDesignation(designationId).End(DesignationStatus.Removed, signedOn,
            string.IsNullOrWhiteSpace(reason) ? "Removed by designation form" : reason.Trim());
    }

    /// <summary>Applies a signed "change" designation form: new contact details (DES-1).</summary>
    public void ChangeAdministratorContact(Guid designationId, ContactDetails contact, Guid signedById, DateOnly signedOn)
    {
        CheckRule(new SignerMustBeDirectorOrCurrentDesigneeRule(this, signedById, signedOn));
        ActiveDesignation(designationId).ChangeContact(contact);
    }

    /// <summary>
    /// The division decides what each SPOC covers: offices, a region, or the whole division. Only offices the
    /// division serves may be covered (SCO-1); <paramref name="servedOffices"/> are the offices the caller loaded for it.
    /// </summary>
    public void SetSpocCoverage(Guid designationId, SpocCoverage coverage, IEnumerable<Office> servedOffices)
    {
        var served = servedOffices.Where(o => o.ServingDivisionId == Id).Select(o => o.Id).ToHashSet();
        CheckRule(new SpocMustCoverOnlyOfficesTheirDivisionServesRule(this, coverage.OfficeIds.Count(id => !served.Contains(id))));
        ActiveDesignation(designationId).ChangeCoverage(coverage);
    }

    /// <summary>DES-2: the Operations Unit records the administrator's training completion.</summary>
    public void RecordTraining(Guid designationId, DateOnly completedOn, DateOnly today) =>
        ActiveDesignation(designationId).RecordTraining(completedOn, today);

    /// <summary>
    /// REV-1: the Operations Unit suspends an administrator's privileges, with a reason: the seat is kept (CAP-1 still
    /// counts it) but every administrative action is refused until the suspension is lifted.
    /// </summary>
    public void SuspendAdministrator(Guid designationId, string? reason, DateOnly today) =>
        ActiveDesignation(designationId).Suspend(ParticipantText.Required(reason, "Reason", 1000), today);

    /// <summary>REV-1: the Operations Unit lifts its suspension; the administrator's actions open again at once.</summary>
    public void LiftAdministratorSuspension(Guid designationId) =>
        ActiveDesignation(designationId).LiftSuspension();

    /// <summary>REV-1: the Operations Unit revokes an administrator's privileges, with a reason; the seat is freed.</summary>
    public void RevokeAdministrator(Guid designationId, string? reason, DateOnly today) =>
        ActiveDesignation(designationId).End(DesignationStatus.Revoked, today, ParticipantText.Required(reason, "Reason", 1000));

    /// <summary>The administrator <paramref name="personId"/> as they may act now, or null when they hold no seat here.</summary>
    public AdministratorActor? ActorFor(Guid personId)
    {
        var designation = ActiveDesignations.SingleOrDefault(d => d.PersonId == personId);
        return designation is null
            ? null
            : new AdministratorActor(personId, designation.Contact.FullName, Id, Name, designation.Role,
                designation.Coverage, designation.TrainingCompletedOn, designation.SuspensionReason);
    }

    private AdministratorDesignation ActiveDesignation(Guid designationId) =>
        ActiveDesignations.SingleOrDefault(d => d.Id == designationId)
        ?? throw new InvalidInputException(nameof(designationId), $"{Name} has no active designation with that id.");

    private int LowestFreeSeat()
    {
        var taken = ActiveDesignations.Select(d => d.SeatNumber).ToHashSet();
        return Enumerable.Range(1, AdministratorCap).First(seat => !taken.Contains(seat));
    }

    private DesignationSignature Sign(Guid signedById, DateOnly signedOn, Guid recordedById) =>
        new(DirectorId ?? signedById, signedById, signedOn, Guard.Required(recordedById, nameof(DesignationSignature.RecordedById)));
}
