namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>The import file's columns, in the fixed order of the shared layout (docs/generator.md); the header is their names.</summary>
public enum ImportColumn
{
    Record, Area, AreaKind, Office, ServingDivision, TitleIPartner, Username, FirstName, LastName, Email, Phone, StaffKind,
    SupervisorEmail, SupervisorName, PrivilegeGroup, IspaCompletedOn, StatementKind, StatementSignedOn, CreatedOn,
    LastRenewedOn, RenewalDueOn, Status, SuspensionCause, SeparationDate, DeactivatedOn, DesignatedOn, TrainingCompletedOn,
    CoveredOffices,
}

/// <summary>The cell texts the layout fixes (record kinds, area and staff kinds, statuses, yes/no, the date format).</summary>
public static class ImportText
{
    public static IReadOnlyList<string> Header { get; } = Enum.GetNames<ImportColumn>();

    public const string AreaRecord = "Area";
    public const string OfficeRecord = "Office";
    public const string AdministratorRecord = "Administrator";
    public const string StaffAccountRecord = "StaffAccount";

    public const string LocalArea = "Local Area";
    public const string FieldDivision = "Field Division";

    public const string Edd = "EDD";
    public const string NonEdd = "Non-EDD";

    public const string Yes = "Yes";
    public const string No = "No";

    public const string OverdueRenewal = "Overdue renewal";
    public const string OperationsUnit = "Operations Unit";

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>SPOC coverage: office names separated by this.</summary>
    public const char OfficeSeparator = ';';
}
