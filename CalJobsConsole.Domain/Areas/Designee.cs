using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas;

/// <summary>A person the Local Area Director or Division Chief named to sign designation forms for them (DES-1).</summary>
public sealed class Designee : Entity
{
    /// <summary>For EF Core.</summary>
    private Designee() => Contact = null!;

    private Designee(Guid personId, ContactDetails contact, DateOnly namedOn, DateOnly? endsOn)
    {
        PersonId = personId;
        Contact = contact;
        NamedOn = namedOn;
        EndsOn = endsOn;
    }

    public Guid PersonId { get; private set; }

    public ContactDetails Contact { get; private set; }

    public DateOnly NamedOn { get; private set; }

    /// <summary>The last day the designation to sign holds, when the Director gave one.</summary>
    public DateOnly? EndsOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    internal static Designee Name(Guid personId, ContactDetails contact, DateOnly namedOn, DateOnly? endsOn)
    {
        if (endsOn is { } end && end < namedOn)
            throw new InvalidInputException(nameof(EndsOn), $"cannot be before the day the designee is named ({namedOn:yyyy-MM-dd}).");
        return new Designee(Guard.Required(personId, nameof(PersonId)), contact, namedOn, endsOn);
    }

    public bool IsCurrentOn(DateOnly day) =>
        day >= NamedOn && (EndsOn is null || day <= EndsOn) && (WithdrawnOn is null || day < WithdrawnOn);

    internal void Withdraw(DateOnly today) => WithdrawnOn ??= today;
}
