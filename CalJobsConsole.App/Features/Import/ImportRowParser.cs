using System.Globalization;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// One row's cells to an <see cref="ImportRow"/>: every shape problem of the row at once (a missing required cell, a date
/// that is not <c>yyyy-MM-dd</c>, a word its column does not take, an e-mail that is not one), each naming row and column.
/// </summary>
internal sealed class ImportRowParser
{
    private readonly int rowNumber;
    private readonly string[] cells;
    private readonly List<ImportFinding> problems;
    private readonly int problemsBefore;
    private string? key;

    private ImportRowParser(int rowNumber, string[] cells, List<ImportFinding> problems)
    {
        (this.rowNumber, this.cells, this.problems, problemsBefore) = (rowNumber, cells, problems, problems.Count);
    }

    private bool Failed => problems.Count > problemsBefore;

    public static ImportRow? Parse(int rowNumber, string[] cells, List<ImportFinding> problems)
    {
        var parser = new ImportRowParser(rowNumber, cells, problems);
        var record = parser.Cell("Record");
        if (!ImportLayout.RecordKinds.TryGetValue(record, out var kind))
        {
            parser.Add("Record", record.Length == 0
                ? "is empty; give Area, Office, Administrator or StaffAccount."
                : $"'{record}' is not a record kind; give Area, Office, Administrator or StaffAccount.");
            return null;
        }
        return kind switch
        {
            ImportRecordKind.Area => parser.Area(),
            ImportRecordKind.Office => parser.Office(),
            ImportRecordKind.Administrator => parser.Administrator(),
            _ => parser.Account(),
        };
    }

    private AreaRow? Area()
    {
        var name = key = Required("Area");
        var kind = Word("AreaKind", ImportLayout.AreaKinds, required: true);
        return Failed ? null : new AreaRow(rowNumber, name!, kind!.Value);
    }

    private OfficeRow? Office()
    {
        var name = key = Required("Office");
        var area = Required("Area");
        var division = Required("ServingDivision");
        var partner = Word("TitleIPartner", ImportLayout.YesNo, required: true);
        return Failed ? null : new OfficeRow(rowNumber, name!, area!, division!, partner!.Value);
    }

    private AdministratorRow? Administrator()
    {
        key = Cell("Email");
        var area = Required("Area");
        var contact = Contact("FirstName", "LastName", "Email", "Phone");
        var designatedOn = Date("DesignatedOn", required: true);
        var trainedOn = Date("TrainingCompletedOn", required: false);
        var covered = Cell("CoveredOffices").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Failed ? null : new AdministratorRow(rowNumber, area!, contact!, designatedOn!.Value, trainedOn, covered);
    }

    private AccountRow? Account()
    {
        var username = key = Required("Username");
        var staff = Contact("FirstName", "LastName", "Email", "Phone");
        var staffKind = Word("StaffKind", ImportLayout.StaffKinds, required: true);
        var area = Required("Area");
        var office = Required("Office");
        var supervisor = SupervisorContact();
        var group = Required("PrivilegeGroup");
        var ispa = Date("IspaCompletedOn", required: false);
        var statementKind = Word("StatementKind", ImportLayout.StatementKinds, required: false);
        var statementOn = Date("StatementSignedOn", required: false);
        var created = Date("CreatedOn", required: true);
        var renewed = Date("LastRenewedOn", required: false);
        var due = Date("RenewalDueOn", required: true);
        var status = Word("Status", ImportLayout.Statuses, required: true);
        var cause = Word("SuspensionCause", ImportLayout.SuspensionCauses, required: false);
        var separation = Date("SeparationDate", required: false);
        var deactivated = Date("DeactivatedOn", required: false);
        return Failed
            ? null
            : new AccountRow(rowNumber, username!, staff!, staffKind!.Value, area!, office!, supervisor!, group!, ispa, statementKind, statementOn,
                created!.Value, renewed, due!.Value, status!.Value, cause, separation, deactivated);
    }

    private string Cell(string column) => cells[ImportLayout.IndexOf(column)].Trim();

    private string? Required(string column)
    {
        var value = Cell(column);
        if (value.Length > 0)
            return value;
        Add(column, "is empty; this record needs it.");
        return null;
    }

    private DateOnly? Date(string column, bool required)
    {
        var value = Cell(column);
        if (value.Length == 0)
        {
            if (required)
                Add(column, "is empty; give the date as yyyy-MM-dd.");
            return null;
        }
        if (DateOnly.TryParseExact(value, ImportLayout.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Add(column, $"'{value}' is not a date as yyyy-MM-dd (e.g. 2025-03-01).");
        return null;
    }

    private T? Word<T>(string column, IReadOnlyDictionary<string, T> words, bool required) where T : struct
    {
        var value = Cell(column);
        if (value.Length == 0)
        {
            if (required)
                Add(column, $"is empty; give one of {Quoted(words.Keys)}.");
            return null;
        }
        if (words.TryGetValue(value, out var word))
            return word;
        Add(column, $"'{value}' is not one of {Quoted(words.Keys)}.");
        return null;
    }

    private ContactDetails? Contact(string first, string last, string email, string phone)
    {
        var firstName = Required(first);
        var lastName = Required(last);
        var mail = Required(email);
        if (firstName is null || lastName is null || mail is null)
            return null;
        return Try(email, () => ContactDetails.Create($"{firstName} {lastName}", mail, Cell(phone)));
    }

    private ContactDetails? SupervisorContact()
    {
        var name = Required("SupervisorName");
        var mail = Required("SupervisorEmail");
        return name is null || mail is null ? null : Try("SupervisorEmail", () => ContactDetails.Create(name, mail));
    }

    private ContactDetails? Try(string column, Func<ContactDetails> create)
    {
        try
        {
            return create();
        }
        catch (InvalidInputException ex)
        {
            Add(column, ex.Problem);
            return null;
        }
    }

    private void Add(string column, string problem) =>
        problems.Add(new ImportFinding(rowNumber, key is { Length: > 0 } ? key : null, ImportCodes.Value, $"Row {rowNumber}, {column}: {problem}"));

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"'{w}'"));
}
