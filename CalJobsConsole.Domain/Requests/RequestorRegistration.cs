using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests.Rules;

namespace CalJobsConsole.Domain.Requests;

/// <summary>
/// REQ-2: a manager or supervisor registered by an area's administrators (or the Operations Unit) as a requestor for one office
/// of the area (WSD24-12 names who may request). A person holds one registration per office they supervise, in as many areas
/// as register them; ending a registration keeps it, with who ended it and when, and they file for that office no more.
/// </summary>
public sealed class RequestorRegistration : Entity
{
    private RequestorRegistration()
    {
    }

    public Guid AreaId { get; private set; }

    public Guid OfficeId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid RegisteredById { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Guid? EndedById { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    /// <summary>Registers <paramref name="personId"/> for <paramref name="office"/>, which must be one of <paramref name="area"/>'s (in a Local Area, or served by a division).</summary>
    public static RequestorRegistration Register(Area area, Office office, Guid personId, Guid registeredById, DateTimeOffset now)
    {
        if (personId == Guid.Empty)
            throw new InvalidInputException("Email", "name the manager or supervisor to register.");
        if (office.LocalAreaId != area.Id && office.ServingDivisionId != area.Id)
            throw new InvalidInputException("OfficeIds", $"{office.Name} is not one of {area.Name}'s offices.");
        return new RequestorRegistration
        {
            AreaId = area.Id,
            OfficeId = office.Id,
            PersonId = personId,
            RegisteredById = registeredById,
            RegisteredAt = now,
        };
    }

    /// <summary>Ends the registration: the person files no more requests for this office of the area.</summary>
    public void End(Guid endedById, DateTimeOffset now)
    {
        if (EndedAt is not null)
            return;
        EndedById = endedById;
        EndedAt = now;
    }

    /// <summary>REQ-2 for a request at (<paramref name="areaId"/>, <paramref name="officeId"/>), judged on a requestor's active registrations.</summary>
    public static RequestorMustBeRegisteredForOfficeRule RuleFor(IEnumerable<RequestorRegistration> registrations, Guid areaId, Guid officeId,
        string areaName, string officeName) =>
        new(registrations.Any(r => r.IsActive && r.AreaId == areaId && r.OfficeId == officeId), areaName, officeName);
}
