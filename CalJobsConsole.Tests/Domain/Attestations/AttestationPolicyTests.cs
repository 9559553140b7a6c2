using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Domain.Attestations;

/// <summary>PRE-2's window, configurable between 1 and 36 months.</summary>
public class AttestationPolicyTests
{
    [Fact]
    public void Default_WhenRead_IsTwelveMonthsBackToTheSameCalendarDate()
    {
        Assert.Equal(12, AttestationPolicy.Default.ValidityMonths);
        Assert.Equal(new DateOnly(2025, 3, 16), AttestationPolicy.Default.OldestCurrentOn(new DateOnly(2026, 3, 16)));
    }

    [Fact]
    public void OldestCurrentOn_WhenTodayIsALeapDay_IsFebruary28OfThePreviousYear()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), AttestationPolicy.Default.OldestCurrentOn(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void IsCurrent_WhenSixMonthPolicy_AcceptsTheBoundaryAndRefusesTheDayBefore()
    {
        var policy = new AttestationPolicy(6);
        var today = new DateOnly(2026, 3, 16);

        Assert.True(policy.IsCurrent(new DateOnly(2025, 9, 16), today));
        Assert.False(policy.IsCurrent(new DateOnly(2025, 9, 15), today));
    }

    [Fact]
    public void Constructor_WhenMonthsAreZero_ThrowsNamingValidityMonths()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new AttestationPolicy(0));

        Assert.Equal("validityMonths", ex.Field);
    }

    [Fact]
    public void Constructor_WhenMonthsExceedThirtySix_ThrowsNamingValidityMonths()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new AttestationPolicy(37));

        Assert.Equal("validityMonths", ex.Field);
    }
}
