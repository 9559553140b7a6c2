using System.Globalization;

namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>Where an account is in its lifecycle, as the generator spreads them (the layout's Status and SuspensionCause).</summary>
public enum Lifecycle
{
    PendingFirstSignIn,
    Active,
    SuspendedOverdueRenewal,
    SuspendedByOperationsUnit,
    DeactivatedOnTime,
    DeactivatedLate,
}

/// <summary>
/// How many staff accounts, and the statewide proportions they follow. The map (45 Local Areas, 20 field divisions,
/// 157 offices) is California's at every size; only the accounts grow.
/// </summary>
public sealed record StatewideShape
{
    public const int MaxAccounts = 9_999_999;

    public int Accounts { get; init; }

    public int Offices { get; init; } = 157;

    /// <summary>Share of accounts administered by the WSB field divisions (EDD staff); the rest are Local Areas' (non-EDD).</summary>
    public double FieldDivisionShare { get; init; } = 0.35;

    /// <summary>Share of accounts in each lifecycle state (they sum to 1; every state gets its exact rounded count).</summary>
    public IReadOnlyDictionary<Lifecycle, double> LifecycleShares { get; init; } = new Dictionary<Lifecycle, double>
    {
        [Lifecycle.PendingFirstSignIn] = 0.03,
        [Lifecycle.Active] = 0.72,
        [Lifecycle.SuspendedOverdueRenewal] = 0.075,
        [Lifecycle.SuspendedByOperationsUnit] = 0.005,
        [Lifecycle.DeactivatedOnTime] = 0.13,
        [Lifecycle.DeactivatedLate] = 0.04,
    };

    /// <summary>Share of administrators designated but not yet trained (DES-2).</summary>
    public double UntrainedAdministratorShare { get; init; } = 0.1;

    /// <summary>Share of SPOCs whose coverage is a list of offices rather than the whole division.</summary>
    public double OfficeCoverageSpocShare { get; init; } = 0.3;

    /// <summary>California's proportions with <paramref name="accounts"/> staff accounts.</summary>
    public static StatewideShape For(int accounts) =>
        accounts is < 0 or > MaxAccounts
            ? throw new ArgumentOutOfRangeException(nameof(accounts), $"between 0 and {MaxAccounts:N0} accounts.")
            : new StatewideShape { Accounts = accounts };

    /// <summary>Exact count of accounts in each state: the shares rounded by largest remainder, so they add up to <see cref="Accounts"/>.</summary>
    public IReadOnlyDictionary<Lifecycle, int> LifecycleCounts()
    {
        var states = Enum.GetValues<Lifecycle>();
        var counts = Apportion(Accounts, states.Select(s => LifecycleShares.GetValueOrDefault(s)).ToArray());
        return states.Zip(counts).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>"10k", "100k", "1M", "2.5k" or a plain number of accounts; null when it is none of these.</summary>
    public static int? ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().Replace("_", "").Replace(",", "");
        var factor = char.ToLowerInvariant(t[^1]) switch { 'k' => 1_000m, 'm' => 1_000_000m, _ => 1m };
        if (factor != 1m)
            t = t[..^1];
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return null;
        var accounts = number * factor;
        return accounts is >= 0 and <= MaxAccounts && accounts == decimal.Truncate(accounts) ? (int)accounts : null;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, rounding by largest remainder (ties to the first).</summary>
    internal static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var result = new int[weights.Count];
        if (total == 0 || sum <= 0)
            return result;
        var remainders = new double[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            result[i] = (int)Math.Floor(exact);
            remainders[i] = exact - result[i];
        }
        var left = total - result.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left))
            result[i]++;
        return result;
    }
}
