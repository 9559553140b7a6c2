namespace CalJobsConsole.Domain.Monitoring;

/// <summary>One account of the quarter's population: its area and stratum.</summary>
public sealed record SamplingCandidate(Guid AccountId, Guid AreaId, MonitoringStratum Stratum);

/// <summary>
/// MON-1's random sample, as DESIGN.md fixes it: each stratum on its own, <see cref="DefaultSizePerStratum"/> accounts
/// statewide by default (95% confidence that the deviation rate is below 5% when none is found), allocated to areas by their
/// share of the stratum and at least one from every area with accounts in it (so a stratum with more areas than the size
/// takes one from each). A stratum no larger than the size is taken whole. The draw depends only on the population, the size
/// and the seed: the population is put in a fixed order (area, then account id) and a seeded generator of our own
/// (<see cref="SeededRandom"/>, not <see cref="Random"/>, whose sequence .NET does not promise to keep) picks from it.
/// </summary>
public static class MonitoringSampler
{
    public const int DefaultSizePerStratum = 59;

    public static IReadOnlyList<SamplingCandidate> Draw(IEnumerable<SamplingCandidate> population, int sizePerStratum, int seed)
    {
        if (sizePerStratum < 1)
            throw new ArgumentOutOfRangeException(nameof(sizePerStratum), sizePerStratum, "A stratum's sample holds at least one account.");
        var candidates = population.DistinctBy(c => c.AccountId).ToList();
        var sample = new List<SamplingCandidate>();
        foreach (var stratum in Enum.GetValues<MonitoringStratum>())
        {
            var areas = candidates.Where(c => c.Stratum == stratum)
                .GroupBy(c => c.AreaId)
                .OrderBy(g => g.Key)
                .Select(g => g.OrderBy(c => c.AccountId).ToList())
                .ToList();
            var random = new SeededRandom(seed, (int)stratum);
            var allocation = Allocate(areas.Select(a => a.Count).ToList(), sizePerStratum);
            for (var i = 0; i < areas.Count; i++)
                sample.AddRange(Pick(areas[i], allocation[i], random));
        }
        return sample;
    }

    /// <summary>
    /// How many accounts each area gives: everything when the stratum is no larger than the size; otherwise one each, and the
    /// rest of the size shared by what each area has beyond that one (largest remainder, earlier area first on a tie), which
    /// never asks an area for more than it has.
    /// </summary>
    public static IReadOnlyList<int> Allocate(IReadOnlyList<int> areaSizes, int size)
    {
        var total = areaSizes.Sum();
        if (total <= size)
            return areaSizes.ToList();
        var allocation = areaSizes.Select(n => n > 0 ? 1 : 0).ToArray();
        var rest = size - allocation.Sum();
        if (rest <= 0)
            return allocation;
        var spare = areaSizes.Select(n => Math.Max(0, n - 1)).ToArray();
        var spareTotal = spare.Sum();
        var shares = spare.Select(s => (long)rest * s).ToArray();
        var given = 0;
        for (var i = 0; i < allocation.Length; i++)
        {
            var whole = (int)(shares[i] / spareTotal);
            allocation[i] += whole;
            given += whole;
        }
        foreach (var i in Enumerable.Range(0, allocation.Length).OrderByDescending(i => shares[i] % spareTotal).ThenBy(i => i).Take(rest - given))
            allocation[i]++;
        return allocation;
    }

    /// <summary>A partial Fisher–Yates shuffle: the first <paramref name="count"/> of a random permutation.</summary>
    private static IEnumerable<SamplingCandidate> Pick(List<SamplingCandidate> accounts, int count, SeededRandom random)
    {
        var pool = accounts.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.Take(count);
    }
}

/// <summary>SplitMix64: a small, well-known generator whose sequence for a seed is fixed here forever (a recorded seed redraws the same sample).</summary>
public sealed class SeededRandom(int seed, int stream = 0)
{
    private ulong _state = unchecked(((ulong)(uint)seed << 32) ^ (ulong)(uint)stream * 0x9E3779B97F4A7C15UL);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="bound"/>), without modulo bias.</summary>
    public int Next(int bound)
    {
        if (bound <= 0)
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound is positive.");
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
        ulong value;
        do
            value = NextUInt64();
        while (value >= limit);
        return (int)(value % (ulong)bound);
    }
}
