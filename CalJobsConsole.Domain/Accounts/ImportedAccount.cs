using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Domain.Accounts;

/// <summary>
/// A staff account that existed before the console, as the import file states it: who, where, which group, the attestation
/// dates of its last act, its creation, last renewal and renewal due date, and its lifecycle state. Nothing here is trusted
/// until <see cref="StaffAccount.ImportEligibility"/> finds no broken rule.
/// </summary>
public sealed record ImportedAccount(
    string Username,
    ContactDetails Staff,
    StaffKind StaffKind,
    Guid AreaId,
    Guid OfficeId,
    Guid SupervisorId,
    PrivilegeGroup Group,
    DateOnly? IspaCompletedOn,
    ConfidentialityStatement? Statement,
    DateOnly CreatedOn,
    DateOnly? LastRenewedOn,
    DateOnly RenewalDueOn,
    AccountStatus Status,
    SuspensionCause? SuspensionCause,
    DateOnly? SeparationDate,
    DateOnly? DeactivatedOn)
{
    /// <summary>The account's last approved act: its last renewal, or its creation. PRE-2 and REN-1 are judged on that day.</summary>
    public DateOnly LastActOn => LastRenewedOn ?? CreatedOn;
}
