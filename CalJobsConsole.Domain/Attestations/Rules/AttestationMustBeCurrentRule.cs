using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations.Rules;

/// <summary>
/// PRE-2 (WSD24-13, Create New CalJOBS Staff User Account): the request form "indicates the most recent
/// date" of ISPA training and the confidentiality statement; the console holds them current when on or
/// after the same calendar date 12 months (configurable) before today.
/// </summary>
public sealed class AttestationMustBeCurrentRule(string attestation, DateOnly? date, DateOnly today, AttestationPolicy policy) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Pre2;

    public bool IsBroken() => date is { } d && !policy.IsCurrent(d, today);

    public string Reason =>
        $"The {attestation} date {date:yyyy-MM-dd} is older than {policy.ValidityMonths} months (the oldest current date is {policy.OldestCurrentOn(today):yyyy-MM-dd}).";

    public string Remedy => $"The staff member renews the {attestation} and the requestor records the new date on the request.";
}
