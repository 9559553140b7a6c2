namespace CalJobsConsole.Domain.Areas;

/// <summary>The directive's two kinds of area: a Local Area (MIS Administrators) and a WSB field division (CalJOBS SPOCs).</summary>
public enum AreaKind
{
    LocalArea = 1,
    FieldDivision = 2,
}
