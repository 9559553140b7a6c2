using CalJobsConsole.Domain.Areas;

namespace CalJobsConsole.App.Features.Areas;

/// <summary>What the Operations Unit's area desk shows: every area and every office.</summary>
public sealed record AreaDesk(IReadOnlyList<AreaRow> Areas, IReadOnlyList<OfficeRow> Offices);

public sealed record AreaRow(Guid Id, string Name, AreaKind Kind, Guid? DirectorId, string? DirectorName)
{
    public string KindLabel => Kind == AreaKind.LocalArea ? "Local Area" : "Field division";
}

public sealed record OfficeRow(Guid Id, string Name, Guid LocalAreaId, string LocalAreaName, Guid ServingDivisionId, string DivisionName,
    bool HasTitleIPartner);

/// <summary>A console user who may be appointed Director or Division Chief.</summary>
public sealed record PersonChoice(Guid Id, string FullName, string? Email)
{
    public string Label => Email is null ? FullName : $"{FullName} ({Email})";
}

/// <summary>A SPOC's coverage as it stands, with the offices their division serves to choose from.</summary>
public sealed record CoverageChoice(Guid DesignationId, string SpocName, string DivisionName,
    IReadOnlyList<(Guid Id, string Name)> Offices, CoverageForm Current);
