using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// An approved renewal request as its administrator carries it out (REN-1): every reason the renewal is refused now,
/// the account's due date and the one it gets (a year after the approval), or the renewal once done.
/// </summary>
public sealed record RenewalDesk(
    Guid RequestId,
    AccessRequestStatus Status,
    string StaffName,
    Guid AccountId,
    AccountStatus AccountStatus,
    DateOnly CurrentDueOn,
    DateOnly? NextDueOn,
    IReadOnlyList<BrokenRule> Eligibility,
    int Version)
{
    public bool IsRenewed => Status == AccessRequestStatus.Fulfilled;

    public bool MayRenew => Status == AccessRequestStatus.Approved && Eligibility.Count == 0;
}

/// <summary>
/// An approved deactivation request as its administrator carries it out (DEA-1): every reason it is refused now (a separation
/// date before the account existed among them), the separation date and what the button will do (schedule it, or deactivate now, late by so many days), or what was done.
/// </summary>
public sealed record DeactivationDesk(
    Guid RequestId,
    AccessRequestStatus Status,
    string StaffName,
    Guid AccountId,
    AccountStatus AccountStatus,
    DateOnly SeparationDate,
    DateOnly Today,
    DateOnly? ScheduledOn,
    DateOnly? DeactivatedOn,
    int? DaysLate,
    IReadOnlyList<BrokenRule> Eligibility,
    int Version)
{
    /// <summary>This request scheduled the deactivation; the daily job carries it out on the date.</summary>
    public bool IsScheduled => ScheduledOn is not null && Status == AccessRequestStatus.Approved;

    public bool IsDeactivated => Status == AccessRequestStatus.Fulfilled;

    public bool WouldSchedule => SeparationDate > Today;

    /// <summary>Days past the separation date if deactivated today (DEA-1 records them).</summary>
    public int DaysLateIfNow => Math.Max(0, Today.DayNumber - SeparationDate.DayNumber);

    public bool MayDeactivate => Status == AccessRequestStatus.Approved && !IsScheduled && Eligibility.Count == 0;

    /// <summary>"1 day" or "12 days".</summary>
    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
