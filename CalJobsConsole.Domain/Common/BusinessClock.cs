namespace CalJobsConsole.Domain.Common;

/// <summary>
/// The directive's sense of time: instants in UTC from a <see cref="TimeProvider"/>, and calendar
/// dates (attestations, due dates, separations) in the business time zone, America/Los_Angeles.
/// </summary>
public sealed class BusinessClock
{
    public const string DefaultTimeZoneId = "America/Los_Angeles";

    private readonly TimeProvider _time;

    public BusinessClock(TimeProvider time, TimeZoneInfo? zone = null)
    {
        _time = time;
        Zone = zone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Today's calendar date in the business time zone.</summary>
    public DateOnly Today => ToBusinessDate(UtcNow);

    public DateOnly ToBusinessDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>An instant as a clock in the business time zone shows it, for screens; instants are kept in UTC.</summary>
    public DateTimeOffset ToBusinessTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
