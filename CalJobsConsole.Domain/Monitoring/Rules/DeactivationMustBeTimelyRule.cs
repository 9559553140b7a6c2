using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// DEA-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts), as MON-1 checks it: an account is deactivated "no later
/// than" the staff member's separation date.
/// </summary>
public sealed class DeactivationMustBeTimelyRule(DateOnly? separationDate, DateOnly? deactivatedOn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dea1;

    public bool IsBroken() => deactivatedOn is { } deactivated && (separationDate is not { } separation || deactivated > separation);

    public string Reason => separationDate is { } separation
        ? $"The account was deactivated on {deactivatedOn:yyyy-MM-dd}, {deactivatedOn?.DayNumber - separation.DayNumber} day(s) after the separation date {separation:yyyy-MM-dd}."
        : $"The account was deactivated on {deactivatedOn:yyyy-MM-dd} with no separation date recorded.";

    public string Remedy => "Explain the delay and how the area will deactivate accounts no later than separation from now on.";
}
