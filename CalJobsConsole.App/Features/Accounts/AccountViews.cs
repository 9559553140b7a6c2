using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Accounts;

/// <summary>
/// One staff account as its detail page shows it: who and where, status, privileges, attestations, renewal,
/// the temporary password's state (never a password), deactivation, the evidence kept on it and its timeline.
/// Instants are already in the business time zone (Pacific time).
/// </summary>
public sealed record AccountDetail(
    Guid Id,
    string Username,
    string StaffName,
    string StaffEmail,
    StaffKind StaffKind,
    string AreaName,
    string OfficeName,
    AccountStatus Status,
    SuspensionCause? SuspensionCause,
    string? SuspensionNote,
    AccountGroup Group,
    IReadOnlyList<AccountPrivilege> ExtraPrivileges,
    AccountAttestations Attestations,
    DateOnly CreatedOn,
    DateOnly? ActivatedOn,
    DateOnly? LastRenewedOn,
    RenewalDeadline Renewal,
    CredentialState? Credential,
    DateOnly? SeparationDate,
    DateOnly? ScheduledDeactivationOn,
    DateOnly? DeactivatedOn,
    int? DeactivationDaysLate,
    IReadOnlyList<AccountDocument> Documents,
    IReadOnlyList<TimelineEntry> Timeline,
    Guid AreaId = default,
    bool ViewerMayOpenArea = false,
    bool ViewerIsOperationsUnit = false,
    IReadOnlyList<PersonAccount>? SamePerson = null,
    AccountAct? Act = null)
{
    public string StatusName => Status.DisplayName();

    public string StaffKindName => StaffKind == StaffKind.Edd ? "EDD staff" : "Non-EDD staff";

    public bool IsDeactivated => Status == AccountStatus.Deactivated;

    public string? SuspensionCauseName => SuspensionCause switch
    {
        Domain.Accounts.SuspensionCause.OverdueRenewal => "Annual renewal overdue (REV-1)",
        Domain.Accounts.SuspensionCause.OperationsUnit => "Suspended by the Operations Unit (REV-1)",
        _ => null,
    };
}

/// <summary>
/// Another account of the same person (a rehire's earlier account, or the new one from an earlier one's page) that the viewer
/// may open: accounts of one person stay linked (issue 18).
/// </summary>
public sealed record PersonAccount(Guid Id, string Username, AccountStatus Status, DateOnly CreatedOn, DateOnly? DeactivatedOn, string AreaName);

/// <summary>A privilege by its catalogue code and name; a restricted one only the Operations Unit grants (GRP-3).</summary>
public sealed record AccountPrivilege(string Code, string Name, bool IsRestricted);

/// <summary>The account's privilege group and the privileges the group carries.</summary>
public sealed record AccountGroup(string Name, IReadOnlyList<AccountPrivilege> Privileges);

/// <summary>The most recent attestation dates (PRE-1, PRE-2): ISPA training and the confidentiality statement, signed or refused.</summary>
public sealed record AccountAttestations(DateOnly? IspaCompletedOn, ConfidentialityStatementKind StatementKind, DateOnly StatementDate, bool StatementRefused)
{
    public string StatementName => StatementKind.DisplayName();
}

/// <summary>REN-1: the due date and the days left until it from today (negative once overdue).</summary>
public sealed record RenewalDeadline(DateOnly DueOn, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;

    public string Countdown => DaysLeft switch
    {
        < 0 => $"Overdue by {-DaysLeft} days",
        0 => "Due today",
        1 => "1 day left",
        _ => $"{DaysLeft} days left",
    };
}

/// <summary>CRD-1: the temporary password's state — when issued, when it expires, when used or expired. Never the password.</summary>
public sealed record CredentialState(DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, DateTimeOffset? ExpiredAt, string State);

/// <summary>
/// The request of the act that created or last renewed the account (the act whose evidence DOC-1 judges), for a viewer who may
/// open its PDF record (issue 20): the Operations Unit drills from a sampled account to the form of that act.
/// </summary>
public sealed record AccountAct(Guid RequestId, AccessRequestKind Kind, DateTimeOffset? DecidedAt, string? DecidedBy)
{
    public string KindName => Kind.DisplayName();
}

/// <summary>
/// An evidence document kept on the account (DOC-1); <see cref="DownloadUrl"/> is null for a viewer who may not download it;
/// <see cref="FiledByConsole"/>: the approved request form the console filed on the approval of <see cref="UploadedBy"/>.
/// </summary>
public sealed record AccountDocument(
    Guid Id,
    DocumentKind Kind,
    string FileName,
    EvidenceFileType FileType,
    long SizeBytes,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string Sha256,
    string? DownloadUrl,
    bool FiledByConsole = false)
{
    public string KindName => Kind.DisplayName();

    /// <summary>The first 12 hexadecimal characters: enough to tell documents apart on screen.</summary>
    public string ShortSha256 => Sha256[..Math.Min(12, Sha256.Length)];

    public string SizeLabel => SizeBytes switch
    {
        < 1024 => $"{SizeBytes} B",
        < 1024 * 1024 => $"{SizeBytes / 1024.0:0.#} KB",
        _ => $"{SizeBytes / (1024.0 * 1024):0.#} MB",
    };
}

/// <summary>One moment of the account's history: when (Pacific time), who, what, and the request it came from, if any.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Who, string What, AccessRequestKind? RequestKind, string? Note)
{
    public string? RequestKindName => RequestKind?.DisplayName();
}
