using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring.Rules;

namespace CalJobsConsole.Domain.Monitoring;

/// <summary>An evidence document kept on a sampled account: its kind, the act it was uploaded for and the day it was uploaded.</summary>
public sealed record MonitoredDocument(DocumentKind Kind, EvidenceMoment Act, DateOnly UploadedOn);

/// <summary>
/// MON-1's automatic findings on one sampled account, as of the reviewed quarter's last day. New and existing accounts:
/// the evidence of their latest act (creation, or the annual renewal once renewed) per DOC-1's evidence table, the
/// attestations signed and current (PRE-1, PRE-2), the renewal not overdue (REN-1). Deactivated accounts: deactivated no
/// later than separation (DEA-1), the deactivation form uploaded on or before the deactivation day (DOC-1). Documents
/// uploaded after the quarter's last day do not count: the review is of the quarter.
/// </summary>
public static class MonitoringFindings
{
    public static IReadOnlyList<BrokenRule> Evaluate(StaffAccount account, MonitoringStratum stratum, IEnumerable<MonitoredDocument> documents,
        Quarter quarter, AttestationPolicy policy) =>
        BusinessRules.Evaluate(Rules(account, stratum, documents.Where(d => d.UploadedOn <= quarter.LastDay).ToList(), quarter.LastDay, policy));

    private static IEnumerable<IBusinessRule> Rules(StaffAccount account, MonitoringStratum stratum, List<MonitoredDocument> documents,
        DateOnly asOf, AttestationPolicy policy)
    {
        if (stratum == MonitoringStratum.Deactivated)
        {
            yield return new DeactivationMustBeTimelyRule(account.SeparationDate, account.DeactivatedOn);
            var formUploadedOn = documents.Where(d => d.Act == EvidenceMoment.Deactivation && d.Kind == DocumentKind.SystemAccessRequestForm)
                .Select(d => (DateOnly?)d.UploadedOn).Min();
            yield return new DeactivationFormMustPrecedeDeactivationRule(account.DeactivatedOn, formUploadedOn);
            yield break;
        }
        var act = account.LastRenewedOn is { } renewed && renewed <= asOf ? EvidenceMoment.AnnualRenewal : EvidenceMoment.Creation;
        foreach (var rule in EvidenceRequirements.Rules(act, account.StaffKind, documents.Where(d => d.Act == act).Select(d => d.Kind)))
            yield return rule;
        foreach (var rule in PrerequisiteEligibility.ForCreation(account.StaffKind, account.Attestations, asOf, policy))
            yield return rule;
        yield return new RenewalMustNotBeOverdueRule(account.RenewalDueOn, asOf);
    }
}
