using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// DEA-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts): a deactivated account has the day it was deactivated (and
/// only a deactivated one has it); neither that day nor the staff member's separation date comes before the account existed.
/// </summary>
public sealed class ImportedDeactivationMustBeConsistentRule(AccountStatus status, DateOnly createdOn, DateOnly? separationDate, DateOnly? deactivatedOn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dea1;

    public bool IsBroken() =>
        (status == AccountStatus.Deactivated) != (deactivatedOn is not null) || deactivatedOn < createdOn || separationDate < createdOn;

    public string Reason =>
        status == AccountStatus.Deactivated && deactivatedOn is null ? "The account is Deactivated but DeactivatedOn is empty."
        : status != AccountStatus.Deactivated && deactivatedOn is not null ? $"DeactivatedOn is given but the account is {status.DisplayName()}."
        : deactivatedOn < createdOn ? $"DeactivatedOn {deactivatedOn:yyyy-MM-dd} is before CreatedOn {createdOn:yyyy-MM-dd}."
        : $"SeparationDate {separationDate:yyyy-MM-dd} is before CreatedOn {createdOn:yyyy-MM-dd}.";

    public string Remedy => status == AccountStatus.Deactivated || deactivatedOn is null
        ? "Give the day the account was deactivated and the staff member's separation date, on or after its creation."
        : "Leave DeactivatedOn empty, or give the status Deactivated.";
}
