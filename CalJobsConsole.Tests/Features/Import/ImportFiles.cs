using System.Text;
using CalJobsConsole.App.Features.Import;
using CalJobsConsole.App.Features.Lists;

namespace CalJobsConsole.Tests.Features.Import;

/// <summary>Small import files in the layout, built from rows of (column → cell), dates relative to a given today.</summary>
public static class ImportFiles
{
    public static byte[] Csv(IEnumerable<IReadOnlyDictionary<string, string>> rows, IReadOnlyList<string>? header = null)
    {
        var columns = header ?? ImportLayout.Columns;
        var text = new StringBuilder(CsvFile.Row(columns));
        foreach (var row in rows)
            text.Append(CsvFile.Row(columns.Select(c => row.GetValueOrDefault(c, ""))));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static Dictionary<string, string> Area(string name, string kind = "Local Area") => new() { ["Record"] = "Area", ["Area"] = name, ["AreaKind"] = kind };

    public static Dictionary<string, string> Office(string name, string area, string division) =>
        new() { ["Record"] = "Office", ["Office"] = name, ["Area"] = area, ["ServingDivision"] = division, ["TitleIPartner"] = "Yes" };

    public static Dictionary<string, string> Administrator(string area, string email, DateOnly today) => new()
    {
        ["Record"] = "Administrator", ["Area"] = area, ["FirstName"] = "Ada", ["LastName"] = "Admin", ["Email"] = email,
        ["DesignatedOn"] = D(today.AddDays(-60)), ["TrainingCompletedOn"] = D(today.AddDays(-50)),
    };

    /// <summary>A valid active non-EDD account of the Local Area, created 100 days before today.</summary>
    public static Dictionary<string, string> Account(string username, DateOnly today, string area = "Golden Sierra", string office = "Auburn AJCC")
    {
        var created = today.AddDays(-100);
        return new Dictionary<string, string>
        {
            ["Record"] = "StaffAccount", ["Username"] = username, ["FirstName"] = "Pat", ["LastName"] = username, ["Email"] = $"{username}@example.gov",
            ["StaffKind"] = "Non-EDD", ["Area"] = area, ["Office"] = office, ["SupervisorEmail"] = "riley@example.gov", ["SupervisorName"] = "Riley Chen",
            ["PrivilegeGroup"] = "LWIA/CBO Staff", ["IspaCompletedOn"] = D(created.AddDays(-5)), ["StatementKind"] = "Attachment E-1",
            ["StatementSignedOn"] = D(created.AddDays(-5)), ["CreatedOn"] = D(created), ["RenewalDueOn"] = D(created.AddYears(1)), ["Status"] = "Active",
        };
    }

    /// <summary>The organisation the accounts need: the Local Area, the division and one office.</summary>
    public static List<IReadOnlyDictionary<string, string>> Organisation() =>
        [Area("Golden Sierra"), Area("WSB Northern Division", "Field Division"), Office("Auburn AJCC", "Golden Sierra", "WSB Northern Division")];

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value)
    {
        row[column] = value;
        return row;
    }

    public static string D(DateOnly date) => date.ToString("yyyy-MM-dd");
}
