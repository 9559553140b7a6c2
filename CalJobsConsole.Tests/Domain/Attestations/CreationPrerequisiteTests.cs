using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Attestations;

/// <summary>PRE-1: the right confidentiality statement signed (not refused) and ISPA training completed before creation.</summary>
public class CreationPrerequisiteTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private IReadOnlyList<BrokenRule> Evaluate(StaffKind staffKind, AttestationDates? attestations) =>
        BusinessRules.Evaluate(PrerequisiteEligibility.ForCreation(staffKind, attestations, Today, _world.Policy));

    [Fact]
    public void ForCreation_WhenEddStaffSignedTheDe7410AndCompletedIspa_BreaksNothing()
    {
        Assert.Empty(Evaluate(StaffKind.Edd, _world.CurrentAttestations(StaffKind.Edd)));
    }

    [Fact]
    public void ForCreation_WhenEddStaffGaveAnE1InsteadOfTheDe7410_BreaksPre1()
    {
        var attestations = new AttestationDates(Today.AddDays(-10),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-10)));

        var broken = Evaluate(StaffKind.Edd, attestations);

        Assert.Equal(["PRE-1"], broken.Select(r => r.Code));
        Assert.Contains("DE 7410", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenNonEddStaffGaveADe7410InsteadOfTheE1_BreaksPre1()
    {
        var attestations = new AttestationDates(Today.AddDays(-10),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, Today.AddDays(-10)));

        var broken = Evaluate(StaffKind.NonEdd, attestations);

        Assert.Equal(["PRE-1"], broken.Select(r => r.Code));
        Assert.Contains("Attachment E-1", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenStaffRefusedToSign_BreaksPre1SayingRefused()
    {
        var attestations = new AttestationDates(Today.AddDays(-10),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(-2)));

        var broken = Evaluate(StaffKind.NonEdd, attestations);

        Assert.Equal(["PRE-1"], broken.Select(r => r.Code));
        Assert.Contains("refused", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenNoIspaDateIsRecorded_BreaksPre1()
    {
        var attestations = new AttestationDates(null,
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, Today.AddDays(-10)));

        var broken = Evaluate(StaffKind.Edd, attestations);

        Assert.Equal(["PRE-1"], broken.Select(r => r.Code));
        Assert.Contains("ISPA", broken[0].Reason);
    }

    [Fact]
    public void ForCreation_WhenNoAttestationsAtAll_BreaksPre1ForStatementAndIspa()
    {
        Assert.Equal(["PRE-1", "PRE-1"], Evaluate(StaffKind.NonEdd, null).Select(r => r.Code));
    }

    [Fact]
    public void ForCreation_WhenRefusedAndIspaIsStale_ListsPre1AndPre2Together()
    {
        var attestations = new AttestationDates(Today.AddYears(-1).AddDays(-1),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.De7410, Today.AddDays(-2)));

        Assert.Equal(["PRE-1", "PRE-2"], Evaluate(StaffKind.Edd, attestations).Select(r => r.Code));
    }
}
