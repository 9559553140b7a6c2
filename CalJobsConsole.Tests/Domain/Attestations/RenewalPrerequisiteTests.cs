using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Attestations;

/// <summary>REN-1: an annual renewal carries updated, current DE 7410/E-1 and ISPA dates.</summary>
public class RenewalPrerequisiteTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private IReadOnlyList<BrokenRule> Evaluate(StaffKind staffKind, AttestationDates? attestations) =>
        BusinessRules.Evaluate(PrerequisiteEligibility.ForRenewal(staffKind, attestations, Today, _world.Policy));

    [Fact]
    public void ForRenewal_WhenDatesAreCurrent_BreaksNothing()
    {
        Assert.Empty(Evaluate(StaffKind.NonEdd, _world.CurrentAttestations(StaffKind.NonEdd, daysAgo: 5)));
    }

    [Fact]
    public void ForRenewal_WhenDatesAreExactlyTwelveMonthsOld_BreaksNothing()
    {
        Assert.Empty(Evaluate(StaffKind.Edd, _world.CurrentAttestations(StaffKind.Edd, daysAgo: Today.DayNumber - Today.AddYears(-1).DayNumber)));
    }

    [Fact]
    public void ForRenewal_WhenIspaIsOlderThanTwelveMonths_BreaksRen1()
    {
        var attestations = new AttestationDates(Today.AddYears(-1).AddDays(-1),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-5)));

        var broken = Evaluate(StaffKind.NonEdd, attestations);

        Assert.Equal(["REN-1"], broken.Select(r => r.Code));
        Assert.Contains("ISPA", broken[0].Reason);
    }

    [Fact]
    public void ForRenewal_WhenStatementIsOlderThanTwelveMonths_BreaksRen1()
    {
        var attestations = new AttestationDates(Today.AddDays(-5),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, Today.AddYears(-1).AddDays(-1)));

        var broken = Evaluate(StaffKind.Edd, attestations);

        Assert.Equal(["REN-1"], broken.Select(r => r.Code));
        Assert.Contains("DE 7410", broken[0].Reason);
    }

    [Fact]
    public void ForRenewal_WhenNoIspaDateIsCarried_BreaksRen1()
    {
        var attestations = new AttestationDates(null,
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-5)));

        Assert.Equal(["REN-1"], Evaluate(StaffKind.NonEdd, attestations).Select(r => r.Code));
    }

    [Fact]
    public void ForRenewal_WhenStaffRefusedToSign_BreaksPre1()
    {
        var attestations = new AttestationDates(Today.AddDays(-5),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-1)));

        Assert.Equal(["PRE-1"], Evaluate(StaffKind.NonEdd, attestations).Select(r => r.Code));
    }
}
