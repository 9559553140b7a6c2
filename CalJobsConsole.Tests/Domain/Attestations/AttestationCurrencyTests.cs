using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Attestations;

/// <summary>PRE-2: attestation dates are current when on or after the same calendar date a year (configurable) earlier.</summary>
public class AttestationCurrencyTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private IEnumerable<string> CreationCodes(StaffKind staffKind, AttestationDates attestations, AttestationPolicy? policy = null) =>
        BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(staffKind, attestations, Today, policy ?? _world.Policy)).Select(r => r.Code);

    private AttestationDates Dates(StaffKind staffKind, DateOnly ispa, DateOnly statement) =>
        new(ispa, ConfidentialityStatement.Signed(staffKind.RequiredStatement(), statement));

    [Fact]
    public void ForCreation_WhenIspaDateIsExactlyOneYearOld_IsAccepted()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: new DateOnly(2025, 3, 16), statement: Today.AddDays(-5));

        Assert.Empty(CreationCodes(StaffKind.NonEdd, attestations));
    }

    [Fact]
    public void ForCreation_WhenIspaDateIsOneDayOlderThanAYear_BreaksPre2()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: new DateOnly(2025, 3, 15), statement: Today.AddDays(-5));

        var broken = BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(StaffKind.NonEdd, attestations, Today, _world.Policy));

        Assert.Equal(["PRE-2"], broken.Select(r => r.Code));
        Assert.Contains("ISPA", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenDe7410DateIsExactlyOneYearOld_IsAccepted()
    {
        var attestations = Dates(StaffKind.Edd, ispa: Today.AddDays(-5), statement: new DateOnly(2025, 3, 16));

        Assert.Empty(CreationCodes(StaffKind.Edd, attestations));
    }

    [Fact]
    public void ForCreation_WhenDe7410DateIsOneDayOlderThanAYear_BreaksPre2()
    {
        var attestations = Dates(StaffKind.Edd, ispa: Today.AddDays(-5), statement: new DateOnly(2025, 3, 15));

        var broken = BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(StaffKind.Edd, attestations, Today, _world.Policy));

        Assert.Equal(["PRE-2"], broken.Select(r => r.Code));
        Assert.Contains("DE 7410", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenE1DateIsOneDayOlderThanAYear_BreaksPre2()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: Today.AddDays(-5), statement: new DateOnly(2025, 3, 15));

        var broken = BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(StaffKind.NonEdd, attestations, Today, _world.Policy));

        Assert.Equal(["PRE-2"], broken.Select(r => r.Code));
        Assert.Contains("Attachment E-1", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenBothDatesAreStale_ListsPre2ForEach()
    {
        var attestations = Dates(StaffKind.Edd, ispa: new DateOnly(2025, 1, 2), statement: new DateOnly(2024, 12, 1));

        Assert.Equal(["PRE-2", "PRE-2"], CreationCodes(StaffKind.Edd, attestations));
    }

    [Fact]
    public void ForCreation_WhenPolicyIsSixMonthsAndDateIsExactlySixMonthsOld_IsAccepted()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: new DateOnly(2025, 9, 16), statement: Today.AddDays(-5));

        Assert.Empty(CreationCodes(StaffKind.NonEdd, attestations, new AttestationPolicy(6)));
    }

    [Fact]
    public void ForCreation_WhenPolicyIsSixMonthsAndDateIsOneDayOlder_BreaksPre2()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: new DateOnly(2025, 9, 15), statement: Today.AddDays(-5));

        Assert.Equal(["PRE-2"], CreationCodes(StaffKind.NonEdd, attestations, new AttestationPolicy(6)));
    }

    [Fact]
    public void ForCreation_WhenPolicyIsSixMonthsAndDateIsSevenMonthsOld_BreaksPre2ThatTheDefaultPolicyAccepts()
    {
        var attestations = Dates(StaffKind.NonEdd, ispa: new DateOnly(2025, 8, 16), statement: Today.AddDays(-5));

        Assert.Empty(CreationCodes(StaffKind.NonEdd, attestations));
        Assert.Equal(["PRE-2"], CreationCodes(StaffKind.NonEdd, attestations, new AttestationPolicy(6)));
    }

    [Fact]
    public void ForCreation_WhenLeapDayAttestationIsCheckedOnMarchFirstAYearLater_BreaksPre2()
    {
        var world = new World(new DateOnly(2025, 3, 1));
        var attestations = new AttestationDates(new DateOnly(2024, 2, 29),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, new DateOnly(2025, 2, 1)));

        var broken = BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(StaffKind.NonEdd, attestations, world.Clock.Today, world.Policy));

        Assert.Equal(["PRE-2"], broken.Select(r => r.Code));
    }

    [Fact]
    public void ForCreation_WhenLeapDayAttestationIsCheckedOnFebruary28AYearLater_IsAccepted()
    {
        var world = new World(new DateOnly(2025, 2, 28));
        var attestations = new AttestationDates(new DateOnly(2024, 2, 29),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, new DateOnly(2025, 2, 1)));

        Assert.Empty(BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(StaffKind.NonEdd, attestations, world.Clock.Today, world.Policy)));
    }
}
