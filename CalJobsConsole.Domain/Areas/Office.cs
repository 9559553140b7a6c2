using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// An office: in one Local Area, served by one WSB field division, with or without a Title I partner
/// (offices without one get their VOSGreeter setup from the SPOC, VOS-1).
/// </summary>
public sealed class Office : Entity
{
    private Office(string name, Guid localAreaId, Guid servingDivisionId, bool hasTitleIPartner)
    {
        Name = name;
        LocalAreaId = localAreaId;
        ServingDivisionId = servingDivisionId;
        HasTitleIPartner = hasTitleIPartner;
    }

    public string Name { get; private set; }

    public Guid LocalAreaId { get; private set; }

    public Guid ServingDivisionId { get; private set; }

    public bool HasTitleIPartner { get; private set; }

    public static Office Open(string? name, Area localArea, Area servingDivision, bool hasTitleIPartner)
    {
        CheckPlacement(localArea, servingDivision);
        return new Office(Guard.Required(name, nameof(Name)), localArea.Id, servingDivision.Id, hasTitleIPartner);
    }

    /// <summary>
    /// Moves the office to another Local Area or serving division (the Operations Unit keeps the map current) — never away
    /// from the Local Area whose administrators manage its <paramref name="staffAccounts"/> staff accounts, nor away from
    /// <paramref name="currentDivision"/> (its serving division, with its active designations) while a SPOC covers it by name (SCO-1).
    /// </summary>
    public void Reassign(Area localArea, Area servingDivision, Area currentDivision, int staffAccounts)
    {
        CheckPlacement(localArea, servingDivision);
        if (currentDivision.Id != ServingDivisionId)
            throw new InvalidInputException(nameof(ServingDivisionId), $"{currentDivision.Name} does not serve {Name} now.");
        CheckRules(
            new OfficeWithStaffAccountsMustStayInItsLocalAreaRule(this, localArea, staffAccounts),
            new OfficeCoveredBySpocMustKeepItsDivisionRule(this, currentDivision, servingDivision));
        LocalAreaId = localArea.Id;
        ServingDivisionId = servingDivision.Id;
    }

    private static void CheckPlacement(Area localArea, Area servingDivision)
    {
        if (localArea.Kind != AreaKind.LocalArea)
            throw new InvalidInputException(nameof(LocalAreaId), $"{localArea.Name} is not a Local Area.");
        if (servingDivision.Kind != AreaKind.FieldDivision)
            throw new InvalidInputException(nameof(ServingDivisionId), $"{servingDivision.Name} is not a field division.");
    }

    public void Rename(string? name) => Name = Guard.Required(name, nameof(Name));

    public void SetTitleIPartner(bool hasTitleIPartner) => HasTitleIPartner = hasTitleIPartner;

    /// <summary>Whether the office belongs to <paramref name="areaId"/>: its Local Area or the division serving it.</summary>
    public bool IsIn(Guid areaId) => LocalAreaId == areaId || ServingDivisionId == areaId;
}
