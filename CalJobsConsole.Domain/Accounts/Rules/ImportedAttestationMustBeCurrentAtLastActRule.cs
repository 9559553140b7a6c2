using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// PRE-2 (WSD24-13, Create New CalJOBS Staff User Account; Maintenance of CalJOBS Accounts): the attestation dates an account
/// keeps are those of its last approved creation or renewal, which had to be current on that day — so an imported account's
/// ISPA and statement dates must be within 12 months (configurable) before its last act.
/// </summary>
public sealed class ImportedAttestationMustBeCurrentAtLastActRule(string attestation, DateOnly? date, DateOnly lastActOn, AttestationPolicy policy) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Pre2;

    public bool IsBroken() => date is { } d && !policy.IsCurrent(d, lastActOn);

    public string Reason =>
        $"The {attestation} date {date:yyyy-MM-dd} was not current at the account's last creation or renewal on {lastActOn:yyyy-MM-dd} " +
        $"(older than {policy.ValidityMonths} months; the oldest current date was {policy.OldestCurrentOn(lastActOn):yyyy-MM-dd}).";

    public string Remedy => $"Give the {attestation} date the last request form carried, or the account's real last renewal date.";
}
