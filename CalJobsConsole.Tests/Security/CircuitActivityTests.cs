using CalJobsConsole.App.Security;
using Microsoft.Extensions.Time.Testing;

namespace CalJobsConsole.Tests.Security;

/// <summary>Issue 21, sessions: an open page's activity, and how often it is reported (<see cref="SessionOptions.ActivityBeat"/>).</summary>
public sealed class CircuitActivityTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    [Fact]
    public void Page_UntouchedForTheIdleTimeout_IsIdle_AndSaysItEndedSo()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T16:00:00Z"));
        var activity = new CircuitActivity(time);

        time.Advance(IdleTimeout - TimeSpan.FromSeconds(1));
        Assert.False(activity.HasBeenIdleFor(IdleTimeout));
        Assert.False(activity.EndedIdle);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(activity.HasBeenIdleFor(IdleTimeout));
        Assert.True(activity.EndedIdle);
    }

    [Fact]
    public void Page_ReportedActive_CountsTheIdleTimeFromTheReport()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T16:00:00Z"));
        var activity = new CircuitActivity(time);

        time.Advance(IdleTimeout - TimeSpan.FromMinutes(1));
        activity.Active();
        time.Advance(IdleTimeout - TimeSpan.FromMinutes(1));

        Assert.Equal(DateTimeOffset.Parse("2026-12-04T16:29:00Z"), activity.LastActive);
        Assert.False(activity.HasBeenIdleFor(IdleTimeout));
    }

    [Theory]
    [InlineData("00:30:00", "00:01:00", "30 minutes")]
    [InlineData("00:02:00", "00:00:30", "2 minutes")]
    [InlineData("00:00:08", "00:00:02", "8 seconds")]
    [InlineData("01:00:00", "00:01:00", "1 hour")]
    [InlineData("00:01:30", "00:00:22.5", "90 seconds")]
    public void ActivityBeat_IsAQuarterOfTheIdleTimeout_AtMostAMinute(string idle, string beat, string words)
    {
        var options = new SessionOptions { IdleTimeout = TimeSpan.Parse(idle) };

        Assert.Equal(TimeSpan.Parse(beat), options.ActivityBeat);
        Assert.Equal(words, options.IdleTimeoutInWords);
    }
}
