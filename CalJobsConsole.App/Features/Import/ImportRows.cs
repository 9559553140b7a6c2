using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Import;

/// <summary>One record of the file, its shape checked: row number as a spreadsheet counts it (the header is row 1).</summary>
public abstract record ImportRow(int RowNumber)
{
    /// <summary>What names the record in a problem: the username, the area or office name, the administrator's e-mail.</summary>
    public abstract string Key { get; }
}

public sealed record AreaRow(int RowNumber, string Name, AreaKind Kind) : ImportRow(RowNumber)
{
    public override string Key => Name;
}

public sealed record OfficeRow(int RowNumber, string Name, string LocalArea, string ServingDivision, bool HasTitleIPartner) : ImportRow(RowNumber)
{
    public override string Key => Name;
}

public sealed record AdministratorRow(int RowNumber, string Area, ContactDetails Contact, DateOnly DesignatedOn, DateOnly? TrainingCompletedOn,
    IReadOnlyList<string> CoveredOffices) : ImportRow(RowNumber)
{
    public override string Key => Contact.Email;
}

public sealed record AccountRow(int RowNumber, string Username, ContactDetails Staff, StaffKind StaffKind, string Area, string Office,
    ContactDetails Supervisor, string PrivilegeGroup, DateOnly? IspaCompletedOn, ConfidentialityStatementKind? StatementKind,
    DateOnly? StatementSignedOn, DateOnly CreatedOn, DateOnly? LastRenewedOn, DateOnly RenewalDueOn, AccountStatus Status,
    SuspensionCause? SuspensionCause, DateOnly? SeparationDate, DateOnly? DeactivatedOn) : ImportRow(RowNumber)
{
    public override string Key => Username;

    public ConfidentialityStatement? Statement =>
        StatementKind is { } kind && StatementSignedOn is { } signedOn ? ConfidentialityStatement.Signed(kind, signedOn) : null;
}

/// <summary>
/// A problem the dry run found: the row (null for the file as a whole), the record's key, a code — a rule code (CAP-1, PRE-1,
/// …) or one of <see cref="ImportCodes"/> — and a message saying what is wrong and what would fix it. A blocking problem
/// keeps the whole file from being committed; a non-blocking one (an existing account that differs) is reported only.
/// </summary>
public sealed record ImportFinding(int? RowNumber, string? Key, string Code, string Message, bool Blocking = true);

/// <summary>The codes of problems with the file itself, beside the directive's rule codes.</summary>
public static class ImportCodes
{
    /// <summary>Missing, extra or misordered columns.</summary>
    public const string Header = "CSV-HEADER";

    /// <summary>Not UTF-8.</summary>
    public const string Encoding = "CSV-ENCODING";

    /// <summary>Broken quoting or a row with another number of cells than the header.</summary>
    public const string Format = "CSV-FORMAT";

    /// <summary>A cell that is missing, not a date, or not one of the words its column takes.</summary>
    public const string Value = "CSV-VALUE";

    /// <summary>The same username, area, office or administrator on more than one row.</summary>
    public const string Duplicate = "CSV-DUPLICATE";

    /// <summary>An area, office or privilege group neither in the file nor in the console.</summary>
    public const string Unknown = "CSV-UNKNOWN";

    /// <summary>A record the console already holds with other data: reported, never overwritten (not blocking).</summary>
    public const string Differs = "CSV-DIFFERS";

    public static IReadOnlyList<string> All { get; } = [Header, Encoding, Format, Value, Duplicate, Unknown, Differs];
}
