using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// One person holding one administrator seat of an area (CAP-1), added by a signed designation form
/// (DES-1), trained before acting (DES-2), and, for a SPOC, covering what the division decided.
/// </summary>
public sealed class AdministratorDesignation : Entity
{
    /// <summary>For EF Core.</summary>
    private AdministratorDesignation()
    {
        Contact = null!;
        AddedBy = null!;
    }

    private AdministratorDesignation(Guid areaId, Guid personId, ContactDetails contact, AdministratorRole role,
        int seatNumber, DesignationSignature signature, SpocCoverage? coverage)
    {
        AreaId = areaId;
        PersonId = personId;
        Contact = contact;
        Role = role;
        SeatNumber = seatNumber;
        AddedBy = signature;
        Coverage = coverage;
        Status = DesignationStatus.Active;
    }

    public Guid AreaId { get; private set; }

    public Guid PersonId { get; private set; }

    public ContactDetails Contact { get; private set; }

    public AdministratorRole Role { get; private set; }

    /// <summary>1..cap while active; unique among the area's active designations.</summary>
    public int SeatNumber { get; private set; }

    public DesignationSignature AddedBy { get; private set; }

    public DateOnly DesignatedOn => AddedBy.SignedOn;

    /// <summary>What a SPOC covers; null for an MIS Administrator, who covers the whole Local Area.</summary>
    public SpocCoverage? Coverage { get; private set; }

    public DateOnly? TrainingCompletedOn { get; private set; }

    public DesignationStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsActive => Status == DesignationStatus.Active;

    public bool IsTrained => TrainingCompletedOn is not null;

    /// <summary>REV-1: the day the Operations Unit suspended the administrator's privileges; null when not suspended.</summary>
    public DateOnly? SuspendedOn { get; private set; }

    /// <summary>REV-1: why the Operations Unit suspended the privileges (misuse such as automation, or failure to follow the directive).</summary>
    public string? SuspensionReason { get; private set; }

    public bool IsSuspended => SuspendedOn is not null;

    internal static AdministratorDesignation Add(Area area, Guid personId, ContactDetails contact, int seatNumber,
        DesignationSignature signature, SpocCoverage? coverage)
    {
        var role = area.Kind.AdministratorRoleOf();
        if (role == AdministratorRole.MisAdministrator && coverage is not null)
            throw new InvalidInputException(nameof(Coverage), "an MIS Administrator covers the whole Local Area; coverage is set for SPOCs only.");
        return new AdministratorDesignation(area.Id, Guard.Required(personId, nameof(PersonId)), contact, role, seatNumber,
            signature, role == AdministratorRole.CalJobsSpoc ? coverage ?? SpocCoverage.Division : null);
    }

    internal void ChangeContact(ContactDetails contact) => Contact = contact;

    internal void ChangeCoverage(SpocCoverage coverage)
    {
        if (Role != AdministratorRole.CalJobsSpoc)
            throw new InvalidInputException(nameof(Coverage), "an MIS Administrator covers the whole Local Area; coverage is set for SPOCs only.");
        Coverage = coverage;
    }

    internal void RecordTraining(DateOnly completedOn, DateOnly today) =>
        TrainingCompletedOn = Guard.NotInFuture(completedOn, today, nameof(TrainingCompletedOn));

    internal void Suspend(string reason, DateOnly today)
    {
        if (IsSuspended)
            throw new InvalidInputException(nameof(SuspendedOn), $"{Contact.FullName}'s privileges are already suspended since {SuspendedOn:yyyy-MM-dd}.");
        SuspensionReason = reason;
        SuspendedOn = today;
    }

    internal void LiftSuspension()
    {
        if (!IsSuspended)
            throw new InvalidInputException(nameof(SuspendedOn), $"{Contact.FullName}'s privileges are not suspended.");
        SuspensionReason = null;
        SuspendedOn = null;
    }

    internal void End(DesignationStatus status, DateOnly on, string reason)
    {
        Status = status;
        EndedOn = on;
        EndReason = reason;
    }
}
