using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// REN-1 (WSD24-13, Maintenance of CalJOBS Accounts), as MON-1 checks it: "all CalJOBS staff user accounts must be renewed
/// annually"; an account open at the end of the reviewed quarter must not be past its renewal due date then.
/// </summary>
public sealed class RenewalMustNotBeOverdueRule(DateOnly renewalDueOn, DateOnly asOf) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Ren1;

    public bool IsBroken() => renewalDueOn < asOf;

    public string Reason =>
        $"The annual renewal was due on {renewalDueOn:yyyy-MM-dd} and had not been done by {asOf:yyyy-MM-dd} ({asOf.DayNumber - renewalDueOn.DayNumber} day(s) overdue).";

    public string Remedy => "Renew the account from an annual renewal request with current attestations, or deactivate it if the staff member no longer needs access.";
}
