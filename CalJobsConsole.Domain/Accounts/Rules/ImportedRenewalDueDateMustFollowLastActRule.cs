using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// REN-1 (WSD24-13, Maintenance of CalJOBS Accounts): every account is renewed annually — the renewal due date is one year
/// after the last approved renewal, or after creation; a renewal cannot come before the account was created.
/// </summary>
public sealed class ImportedRenewalDueDateMustFollowLastActRule(DateOnly createdOn, DateOnly? lastRenewedOn, DateOnly renewalDueOn) : IBusinessRule
{
    private DateOnly Expected => (lastRenewedOn ?? createdOn).AddYears(1);

    public RuleCode Rule => RuleCode.Ren1;

    public bool IsBroken() => lastRenewedOn < createdOn || renewalDueOn != Expected;

    public string Reason => lastRenewedOn < createdOn
        ? $"LastRenewedOn {lastRenewedOn:yyyy-MM-dd} is before CreatedOn {createdOn:yyyy-MM-dd}."
        : $"RenewalDueOn {renewalDueOn:yyyy-MM-dd} is not one year after the {(lastRenewedOn is null ? "creation" : "last renewal")} ({Expected:yyyy-MM-dd}).";

    public string Remedy => lastRenewedOn < createdOn
        ? "Give the account's real creation and last renewal dates."
        : $"Set RenewalDueOn to {Expected:yyyy-MM-dd}, or correct CreatedOn or LastRenewedOn.";
}
