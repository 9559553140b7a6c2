using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations.Rules;

/// <summary>
/// REN-1 (WSD24-13, Maintenance of CalJOBS Accounts): "requestors … must submit a CalJOBS System Access
/// Request Form annually with updated dates for the … DE 7410 or … Attachment E-1 and ISPA completion."
/// </summary>
public sealed class RenewalMustCarryCurrentAttestationsRule(string attestation, DateOnly? date, DateOnly today, AttestationPolicy policy) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Ren1;

    public bool IsBroken() => date is null || !policy.IsCurrent(date.Value, today);

    public string Reason => date is null
        ? $"The renewal request carries no {attestation} date."
        : $"The renewal request's {attestation} date {date:yyyy-MM-dd} is older than {policy.ValidityMonths} months.";

    public string Remedy => $"The staff member renews the {attestation}; the requestor corrects the renewal request with the updated date.";
}
