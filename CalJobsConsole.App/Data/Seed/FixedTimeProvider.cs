namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// A clock stopped at one instant: the demo history (accounts created a year ago, a renewal last spring) is recorded
/// through the domain's own methods, each run under a <see cref="Domain.Common.BusinessClock"/> set to that past day.
/// </summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
