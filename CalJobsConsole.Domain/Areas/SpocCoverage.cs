namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// What a CalJOBS SPOC covers: the whole field division or a set of its offices. "Each division can
/// determine the areas covered by their WSB CalJOBS SPOCs (e.g., by region, cluster, division-wide, etc.)."
/// </summary>
public sealed record SpocCoverage
{
    private SpocCoverage(bool wholeDivision, IReadOnlySet<Guid> officeIds)
    {
        WholeDivision = wholeDivision;
        OfficeIds = officeIds;
    }

    public static SpocCoverage Division { get; } = new(true, new HashSet<Guid>());

    public bool WholeDivision { get; }

    public IReadOnlySet<Guid> OfficeIds { get; }

    public static SpocCoverage Offices(IEnumerable<Guid> officeIds)
    {
        var ids = officeIds.Where(id => id != Guid.Empty).ToHashSet();
        if (ids.Count == 0)
            throw new Common.InvalidInputException(nameof(OfficeIds), "name at least one office, or cover the whole division.");
        return new SpocCoverage(false, ids);
    }

    public bool Covers(Guid officeId) => WholeDivision || OfficeIds.Contains(officeId);

    public bool Equals(SpocCoverage? other) =>
        other is not null && WholeDivision == other.WholeDivision && OfficeIds.SetEquals(other.OfficeIds);

    public override int GetHashCode() => HashCode.Combine(WholeDivision, OfficeIds.Count);
}
