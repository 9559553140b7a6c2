using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// REV-1 (WSD24-13, Managing CalJOBS Staff Accounts; Action): an account is suspended for one of two causes — its renewal is
/// overdue (on or after its due date) or the Operations Unit decided it — and only a suspended account has a cause.
/// </summary>
public sealed class ImportedSuspensionMustNameItsCauseRule(AccountStatus status, SuspensionCause? cause, DateOnly renewalDueOn, DateOnly today) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Rev1;

    public bool IsBroken() =>
        (status == AccountStatus.Suspended) != (cause is not null)
        || (cause == SuspensionCause.OverdueRenewal && renewalDueOn > today);

    public string Reason => status switch
    {
        AccountStatus.Suspended when cause is null => "The account is Suspended but SuspensionCause is empty.",
        not AccountStatus.Suspended when cause is not null => $"SuspensionCause is given but the account is {status.DisplayName()}, not Suspended.",
        _ => $"The account is suspended for an overdue renewal, but its renewal is due on {renewalDueOn:yyyy-MM-dd}, after today.",
    };

    public string Remedy => status == AccountStatus.Suspended
        ? "Give SuspensionCause 'Overdue renewal' (renewal due on or before today) or 'Operations Unit'."
        : "Leave SuspensionCause empty, or give the status Suspended.";
}
