using CalJobsConsole.Domain.Attestations.Rules;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations;

/// <summary>The prerequisites of an account (PRE-1, PRE-2) and of its annual renewal (PRE-1, REN-1), as rules.</summary>
public static class PrerequisiteEligibility
{
    public static IEnumerable<IBusinessRule> ForCreation(StaffKind staffKind, Attestations? attestations, DateOnly today, AttestationPolicy policy)
    {
        yield return new StaffMustSignConfidentialityStatementRule(staffKind, attestations?.Statement);
        yield return new StaffMustCompleteIspaTrainingRule(attestations?.IspaCompletedOn);
        yield return new AttestationMustBeCurrentRule("ISPA training", attestations?.IspaCompletedOn, today, policy);
        yield return new AttestationMustBeCurrentRule(StatementName(staffKind, attestations), attestations?.Statement.SignedOn, today, policy);
    }

    public static IEnumerable<IBusinessRule> ForRenewal(StaffKind staffKind, Attestations? attestations, DateOnly today, AttestationPolicy policy)
    {
        yield return new StaffMustSignConfidentialityStatementRule(staffKind, attestations?.Statement);
        yield return new RenewalMustCarryCurrentAttestationsRule("ISPA training", attestations?.IspaCompletedOn, today, policy);
        if (attestations?.Statement is not { Refused: true })
            yield return new RenewalMustCarryCurrentAttestationsRule(StatementName(staffKind, attestations), attestations?.Statement.SignedOn, today, policy);
    }

    private static string StatementName(StaffKind staffKind, Attestations? attestations) =>
        (attestations?.Statement.Kind ?? staffKind.RequiredStatement()).DisplayName();
}
