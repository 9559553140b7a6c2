using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// The import file's fixed layout (docs/import.md): the header, the four record kinds, and the words each enum column takes.
/// The generator, the benchmark and the template use exactly these columns, in this order.
/// </summary>
public static class ImportLayout
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Record", "Area", "AreaKind", "Office", "ServingDivision", "TitleIPartner", "Username", "FirstName", "LastName", "Email", "Phone",
        "StaffKind", "SupervisorEmail", "SupervisorName", "PrivilegeGroup", "IspaCompletedOn", "StatementKind", "StatementSignedOn",
        "CreatedOn", "LastRenewedOn", "RenewalDueOn", "Status", "SuspensionCause", "SeparationDate", "DeactivatedOn", "DesignatedOn",
        "TrainingCompletedOn", "CoveredOffices",
    ];

    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyDictionary<string, ImportRecordKind> RecordKinds = new Dictionary<string, ImportRecordKind>(StringComparer.Ordinal)
    {
        ["Area"] = ImportRecordKind.Area,
        ["Office"] = ImportRecordKind.Office,
        ["Administrator"] = ImportRecordKind.Administrator,
        ["StaffAccount"] = ImportRecordKind.StaffAccount,
    };

    public static readonly IReadOnlyDictionary<string, AreaKind> AreaKinds = new Dictionary<string, AreaKind>(StringComparer.Ordinal)
    {
        ["Local Area"] = AreaKind.LocalArea,
        ["Field Division"] = AreaKind.FieldDivision,
    };

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>(StringComparer.Ordinal) { ["Yes"] = true, ["No"] = false };

    public static readonly IReadOnlyDictionary<string, StaffKind> StaffKinds = new Dictionary<string, StaffKind>(StringComparer.Ordinal)
    {
        ["EDD"] = StaffKind.Edd,
        ["Non-EDD"] = StaffKind.NonEdd,
    };

    public static readonly IReadOnlyDictionary<string, ConfidentialityStatementKind> StatementKinds =
        new Dictionary<string, ConfidentialityStatementKind>(StringComparer.Ordinal)
        {
            ["DE 7410"] = ConfidentialityStatementKind.De7410,
            ["Attachment E-1"] = ConfidentialityStatementKind.AttachmentE1,
        };

    public static readonly IReadOnlyDictionary<string, AccountStatus> Statuses = new Dictionary<string, AccountStatus>(StringComparer.Ordinal)
    {
        ["Pending first sign-in"] = AccountStatus.PendingFirstSignIn,
        ["Active"] = AccountStatus.Active,
        ["Suspended"] = AccountStatus.Suspended,
        ["Deactivated"] = AccountStatus.Deactivated,
    };

    public static readonly IReadOnlyDictionary<string, SuspensionCause> SuspensionCauses = new Dictionary<string, SuspensionCause>(StringComparer.Ordinal)
    {
        ["Overdue renewal"] = SuspensionCause.OverdueRenewal,
        ["Operations Unit"] = SuspensionCause.OperationsUnit,
    };

    public static int IndexOf(string column) => Columns.IndexOf(column) is >= 0 and var i ? i : throw new ArgumentException($"No column {column}.", nameof(column));

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value)
                return i;
        return -1;
    }

    /// <summary>The template: the header and one example row per record kind, each with only its own columns filled.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ExampleRows { get; } =
    [
        new Dictionary<string, string> { ["Record"] = "Area", ["Area"] = "Golden Sierra", ["AreaKind"] = "Local Area" },
        new Dictionary<string, string> { ["Record"] = "Area", ["Area"] = "WSB Northern Division", ["AreaKind"] = "Field Division" },
        new Dictionary<string, string>
        {
            ["Record"] = "Office", ["Office"] = "Auburn AJCC", ["Area"] = "Golden Sierra", ["ServingDivision"] = "WSB Northern Division",
            ["TitleIPartner"] = "Yes",
        },
        new Dictionary<string, string>
        {
            ["Record"] = "Administrator", ["Area"] = "Golden Sierra", ["FirstName"] = "Morgan", ["LastName"] = "Lee",
            ["Email"] = "morgan.lee@goldensierra.example.gov", ["Phone"] = "530-555-0100", ["DesignatedOn"] = "2025-03-03",
            ["TrainingCompletedOn"] = "2025-03-10",
        },
        new Dictionary<string, string>
        {
            ["Record"] = "StaffAccount", ["Username"] = "pat.okafor", ["FirstName"] = "Pat", ["LastName"] = "Okafor",
            ["Email"] = "pat.okafor@goldensierra.example.gov", ["Phone"] = "530-555-0142", ["StaffKind"] = "Non-EDD", ["Area"] = "Golden Sierra",
            ["Office"] = "Auburn AJCC", ["SupervisorEmail"] = "riley.chen@goldensierra.example.gov", ["SupervisorName"] = "Riley Chen",
            ["PrivilegeGroup"] = DirectivePrivilegeGroups.LwiaCboStaff, ["IspaCompletedOn"] = "2025-04-01", ["StatementKind"] = "Attachment E-1",
            ["StatementSignedOn"] = "2025-04-01", ["CreatedOn"] = "2025-04-15", ["RenewalDueOn"] = "2026-04-15", ["Status"] = "Active",
        },
    ];
}

public enum ImportRecordKind
{
    Area = 1,
    Office = 2,
    Administrator = 3,
    StaffAccount = 4,
}
