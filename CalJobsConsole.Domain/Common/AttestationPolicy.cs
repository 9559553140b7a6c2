namespace CalJobsConsole.Domain.Common;

/// <summary>
/// PRE-2's window: an attestation is current when it is on or after the same calendar date
/// <see cref="ValidityMonths"/> months earlier (12 by default, configurable).
/// </summary>
public sealed record AttestationPolicy
{
    public static readonly AttestationPolicy Default = new(12);

    public AttestationPolicy(int validityMonths)
    {
        if (validityMonths is < 1 or > 36)
            throw new InvalidInputException(nameof(validityMonths), "must be between 1 and 36 months.");
        ValidityMonths = validityMonths;
    }

    public int ValidityMonths { get; }

    /// <summary>The oldest date still current on <paramref name="today"/>.</summary>
    public DateOnly OldestCurrentOn(DateOnly today) => today.AddMonths(-ValidityMonths);

    public bool IsCurrent(DateOnly attestedOn, DateOnly today) => attestedOn >= OldestCurrentOn(today);
}
