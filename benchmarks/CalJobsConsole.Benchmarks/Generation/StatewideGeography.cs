namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>A Local Area of the table: its weight (roughly its population in 100,000s, which sizes its staff), the
/// cities its offices are named after, its phone area code, and the WSB field divisions serving its offices (the
/// first serves most; a second takes every third office of the large areas).</summary>
internal sealed record LocalAreaSeed(string Name, double Weight, string AreaCode, string[] Cities, int[] Divisions);

/// <summary>
/// California's map as the generator draws it: the 45 Local Workforce Development Areas (names as the state's workforce
/// boards are known, weights after their population) and 20 WSB field divisions (invented: the EDD's real field
/// structure is coarser), each division serving the offices of a few neighbouring Local Areas.
/// </summary>
internal static class StatewideGeography
{
    public static readonly string[] FieldDivisions =
    [
        "WSB Northern Division",                  // 0
        "WSB Sacramento Valley Division",         // 1
        "WSB Sierra Foothills Division",          // 2
        "WSB North Bay Division",                 // 3
        "WSB East Bay Division",                  // 4
        "WSB San Francisco Peninsula Division",   // 5
        "WSB Silicon Valley Division",            // 6
        "WSB Central Coast Division",             // 7
        "WSB North San Joaquin Valley Division",  // 8
        "WSB Central San Joaquin Valley Division",// 9
        "WSB South San Joaquin Valley Division",  // 10
        "WSB Tri-Counties Division",              // 11
        "WSB Los Angeles North Division",         // 12
        "WSB Los Angeles Metro Division",         // 13
        "WSB Los Angeles South Division",         // 14
        "WSB San Gabriel Valley Division",        // 15
        "WSB Orange County Division",             // 16
        "WSB Inland Empire Division",             // 17
        "WSB San Diego Division",                 // 18
        "WSB Imperial Division",                  // 19
    ];

    public static readonly LocalAreaSeed[] LocalAreas =
    [
        new("Alameda County", 14, "510", ["Hayward", "Fremont", "Livermore", "Berkeley"], [4]),
        new("Anaheim", 3.5, "714", ["Anaheim", "Anaheim Hills"], [16]),
        new("Contra Costa County", 10, "925", ["Concord", "Antioch", "Pittsburg", "Walnut Creek"], [4]),
        new("Foothill", 3.5, "626", ["Pasadena", "Monrovia", "Arcadia"], [12]),
        new("Fresno Regional", 10, "559", ["Fresno", "Clovis", "Reedley", "Coalinga"], [9]),
        new("Golden Sierra", 6, "916", ["Auburn", "Roseville", "Placerville", "South Lake Tahoe"], [2, 1]),
        new("Humboldt County", 1.4, "707", ["Eureka", "Arcata"], [0]),
        new("Imperial County", 1.8, "760", ["El Centro", "Brawley", "Calexico"], [19]),
        new("Kern, Inyo and Mono", 9, "661", ["Bakersfield", "Delano", "Ridgecrest", "Bishop"], [10]),
        new("Kings County", 1.5, "559", ["Hanford", "Lemoore"], [10]),
        new("Pacific Gateway", 5, "562", ["Long Beach", "Signal Hill"], [14]),
        new("City of Los Angeles", 39, "213", ["Boyle Heights", "Van Nuys", "Watts", "Hollywood", "San Pedro", "Canoga Park", "Sun Valley"], [13, 14]),
        new("Los Angeles County", 45, "626", ["Lancaster", "Palmdale", "Pomona", "West Covina", "Santa Clarita", "Compton", "El Monte"], [15, 12]),
        new("Madera County", 1.6, "559", ["Madera", "Chowchilla"], [9]),
        new("Merced County", 2.8, "209", ["Merced", "Los Banos", "Atwater"], [8]),
        new("Mother Lode", 1.8, "209", ["Sonora", "San Andreas", "Jackson", "Mariposa"], [2]),
        new("Monterey County", 4.3, "831", ["Salinas", "Monterey", "King City"], [7]),
        new("NoRTEC", 5, "530", ["Redding", "Chico", "Oroville", "Susanville", "Crescent City", "Yreka"], [0]),
        new("North Central Counties Consortium", 3, "530", ["Yuba City", "Colusa", "Willows", "Marysville"], [0, 1]),
        new("NOVA", 9, "408", ["Sunnyvale", "San Mateo", "Redwood City", "Mountain View"], [5, 6]),
        new("Oakland", 4.3, "510", ["Oakland", "East Oakland"], [4]),
        new("Orange County", 26, "949", ["Irvine", "Westminster", "Buena Park", "Mission Viejo", "Fullerton"], [16]),
        new("Richmond", 1.1, "510", ["Richmond"], [4]),
        new("Riverside County", 24, "951", ["Riverside", "Indio", "Temecula", "Hemet", "Moreno Valley"], [17]),
        new("Sacramento Employment and Training Agency", 16, "916", ["Sacramento", "Rancho Cordova", "Elk Grove", "Citrus Heights"], [1]),
        new("San Benito County", 0.6, "831", ["Hollister"], [7]),
        new("San Bernardino County", 21, "909", ["San Bernardino", "Ontario", "Victorville", "Rancho Cucamonga", "Barstow"], [17]),
        new("San Diego", 33, "619", ["Chula Vista", "Oceanside", "El Cajon", "Escondido", "Kearny Mesa"], [18]),
        new("San Francisco", 8.1, "415", ["San Francisco Civic Center", "Bayview", "Mission District"], [5]),
        new("San Joaquin County", 7.8, "209", ["Stockton", "Lodi", "Tracy"], [8]),
        new("work2future", 11, "408", ["San Jose", "Gilroy", "Campbell", "Milpitas"], [6]),
        new("San Luis Obispo County", 2.8, "805", ["San Luis Obispo", "Paso Robles"], [11]),
        new("Santa Ana", 3.1, "714", ["Santa Ana"], [16]),
        new("Santa Barbara County", 4.4, "805", ["Santa Maria", "Santa Barbara", "Lompoc"], [11]),
        new("Santa Cruz County", 2.7, "831", ["Santa Cruz", "Watsonville"], [7]),
        new("SELACO", 5, "562", ["Norwalk", "Cerritos", "Bellflower"], [15]),
        new("Solano County", 4.5, "707", ["Fairfield", "Vallejo", "Vacaville"], [3]),
        new("Sonoma County", 4.9, "707", ["Santa Rosa", "Petaluma"], [3]),
        new("South Bay", 8, "310", ["Inglewood", "Hawthorne", "Torrance", "Carson"], [14]),
        new("Stanislaus County", 5.5, "209", ["Modesto", "Turlock", "Ceres"], [8]),
        new("Tulare County", 4.7, "559", ["Visalia", "Porterville", "Tulare"], [10]),
        new("Ventura County", 8.4, "805", ["Oxnard", "Ventura", "Simi Valley", "Thousand Oaks"], [11]),
        new("Verdugo", 3.5, "818", ["Glendale", "Burbank", "La Cañada Flintridge"], [12]),
        new("NorthBay", 4, "415", ["San Rafael", "Napa", "Novato", "Lakeport", "Ukiah"], [3]),
        new("Yolo County", 2.2, "530", ["Woodland", "West Sacramento", "Davis"], [1]),
    ];

    /// <summary>How offices are named after their city; the last one is the EDD's own office (no Title I partner).</summary>
    public static readonly string[] OfficeSuffixes = ["America's Job Center", "Career Center", "EDD Office", "AJCC"];

    public const string DivisionEmailDomain = "edd.ca.gov";

    /// <summary>A Local Area's staff e-mail domain: its name's letters, then <c>wdb.org</c> ("goldensierrawdb.org").</summary>
    public static string EmailDomain(string localAreaName) =>
        new string(localAreaName.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray()) + "wdb.org";
}
