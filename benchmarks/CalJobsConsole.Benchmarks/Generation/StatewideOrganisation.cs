using Bogus;

namespace CalJobsConsole.Benchmarks.Generation;

internal sealed class AreaPlan(string name, bool isLocalArea, string emailDomain, string areaCode, double weight)
{
    public string Name { get; } = name;

    public bool IsLocalArea { get; } = isLocalArea;

    public string EmailDomain { get; } = emailDomain;

    public string AreaCode { get; } = areaCode;

    /// <summary>Relative staff size among areas of its kind.</summary>
    public double Weight { get; set; } = weight;

    public List<int> Offices { get; } = [];

    /// <summary>Relative staff size of each of <see cref="Offices"/> within the area.</summary>
    public List<double> OfficeWeights { get; } = [];

    public int Administrators { get; set; }

    public int Cap => IsLocalArea ? 3 : 5;
}

/// <summary>An office: its Local Area and serving division (indexes into the areas) and the phone area code of its city.</summary>
internal sealed record OfficePlan(string Name, int LocalArea, int Division, bool HasTitleIPartner, string AreaCode);

internal sealed record AdministratorPlan(int Area, Person Person, DateOnly DesignatedOn, DateOnly? TrainingCompletedOn, string? CoveredOffices);

/// <summary>
/// The fixed part of the statewide file, drawn from the seed alone (the same at every size): 45 Local Areas then 20 field
/// divisions, the offices, and the administrators' seats (CAP-1's caps, some untrained, some SPOCs covering a list of offices).
/// </summary>
internal sealed class StatewideOrganisation
{
    private const double FullSeatsWeight = 20; // Local Areas at least this large fill their 3 seats.

    private StatewideOrganisation(List<AreaPlan> areas, List<OfficePlan> offices, List<AdministratorPlan> administrators)
    {
        Areas = areas;
        Offices = offices;
        Administrators = administrators;
    }

    /// <summary>Local Areas first (0..44), then the field divisions.</summary>
    public IReadOnlyList<AreaPlan> Areas { get; }

    public IReadOnlyList<OfficePlan> Offices { get; }

    public IReadOnlyList<AdministratorPlan> Administrators { get; }

    public static StatewideOrganisation Draw(StatewideShape shape, People people, DateOnly today)
    {
        var random = people.Random;
        var localAreas = StatewideGeography.LocalAreas;
        var areas = localAreas
            .Select(a => new AreaPlan(a.Name, true, StatewideGeography.EmailDomain(a.Name), a.AreaCode, a.Weight))
            .Concat(StatewideGeography.FieldDivisions.Select((name, i) =>
                new AreaPlan(name, false, StatewideGeography.DivisionEmailDomain, localAreas.First(a => a.Divisions[0] == i).AreaCode, 0)))
            .ToList();

        var offices = new List<OfficePlan>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var each = Math.Min(2, shape.Offices / localAreas.Length);
        var extra = StatewideShape.Apportion(shape.Offices - each * localAreas.Length, localAreas.Select(a => a.Weight).ToArray());
        for (var la = 0; la < localAreas.Length; la++)
        {
            var seed = localAreas[la];
            var count = each + extra[la];
            for (var j = 0; j < count; j++)
            {
                var city = seed.Cities[j % seed.Cities.Length];
                var suffix = StatewideGeography.OfficeSuffixes[(j / seed.Cities.Length + la) % StatewideGeography.OfficeSuffixes.Length];
                var name = $"{city} {suffix}";
                for (var n = 2; !names.Add(name); n++)
                    name = $"{city} {suffix} {n}";
                var division = localAreas.Length + (seed.Divisions.Length > 1 && j % 3 == 2 ? seed.Divisions[1] : seed.Divisions[0]);
                var titleI = suffix != "EDD Office" && random.Bool(0.92f);
                var office = offices.Count;
                offices.Add(new OfficePlan(name, la, division, titleI, seed.AreaCode));
                var weight = random.Double(0.5, 1.5);
                areas[la].Offices.Add(office);
                areas[la].OfficeWeights.Add(weight);
                areas[division].Offices.Add(office);
                areas[division].OfficeWeights.Add(weight);
            }
        }
        // A division's staff follows the population of the offices it serves.
        for (var d = localAreas.Length; d < areas.Count; d++)
            areas[d].Weight = areas[d].Offices.Sum(o => localAreas[offices[o].LocalArea].Weight / areas[offices[o].LocalArea].Offices.Count);

        var administrators = new List<AdministratorPlan>();
        for (var a = 0; a < areas.Count; a++)
        {
            var area = areas[a];
            area.Administrators = area.IsLocalArea
                ? area.Weight >= FullSeatsWeight ? 3 : random.Number(1, 3)
                : area.Offices.Count >= 8 ? 5 : random.Number(2, 5);
            for (var s = 0; s < area.Administrators; s++)
                administrators.Add(DrawAdministrator(a, area, offices, shape, people, today));
        }
        return new StatewideOrganisation(areas, offices, administrators);
    }

    /// <summary>A further administrator for <paramref name="area"/> (the "too many administrators" problem uses it too).</summary>
    public static AdministratorPlan DrawAdministrator(int areaIndex, AreaPlan area, IReadOnlyList<OfficePlan> offices, StatewideShape shape,
        People people, DateOnly today)
    {
        var random = people.Random;
        var person = people.Next(area.EmailDomain, area.AreaCode);
        var trained = !random.Bool((float)shape.UntrainedAdministratorShare);
        // The untrained were designated lately; the trained any time since 2019, trained within a month of it.
        var designated = trained ? today.AddDays(-random.Number(30, 2_500)) : today.AddDays(-random.Number(0, 60));
        DateOnly? training = trained ? Min(designated.AddDays(random.Number(1, 30)), today) : null;
        string? covered = null;
        if (!area.IsLocalArea && area.Offices.Count >= 2 && random.Bool((float)shape.OfficeCoverageSpocShare))
        {
            var take = random.Number(1, area.Offices.Count - 1);
            covered = string.Join(ImportText.OfficeSeparator,
                random.Shuffle(area.Offices).Take(take).Order().Select(o => offices[o].Name));
        }
        return new AdministratorPlan(areaIndex, person, designated, training, covered);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
