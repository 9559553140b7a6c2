using CalJobsConsole.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace CalJobsConsole.Tests.Support;

/// <summary>A fake clock in the business time zone: set a California date and time, advance across boundaries.</summary>
public sealed class TestClock
{
    public static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById(BusinessClock.DefaultTimeZoneId);

    public TestClock(DateOnly date, int hour = 10, int minute = 0, int second = 0)
    {
        Time = new FakeTimeProvider(ToUtc(date, hour, minute, second));
        Business = new BusinessClock(Time, Pacific);
    }

    public FakeTimeProvider Time { get; }

    public BusinessClock Business { get; }

    public DateOnly Today => Business.Today;

    public DateTimeOffset UtcNow => Business.UtcNow;

    public void Advance(TimeSpan by) => Time.Advance(by);

    public void AdvanceDays(int days) => Time.Advance(TimeSpan.FromDays(days));

    /// <summary>Moves to <paramref name="date"/> at the given California time (forward only).</summary>
    public void SetDate(DateOnly date, int hour = 10) => Time.SetUtcNow(ToUtc(date, hour, 0, 0));

    public static DateTimeOffset ToUtc(DateOnly date, int hour, int minute, int second)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute, second), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Pacific), TimeSpan.Zero);
    }

    public static implicit operator BusinessClock(TestClock clock) => clock.Business;
}
