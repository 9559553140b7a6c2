using System.Globalization;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CsvHelper;

namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>Writes the layout's rows through CsvHelper, one reused row of cells; the columns a record kind does not use stay empty.</summary>
internal sealed class ImportRowWriter(CsvWriter csv)
{
    private readonly string?[] _cells = new string?[ImportText.Header.Count];

    /// <summary>The file's line last written (the header is line 1; no cell holds a line break).</summary>
    public long Line { get; private set; }

    public void WriteHeader()
    {
        csv.WriteHeader([.. ImportText.Header]);
        Line++;
    }

    public void Area(AreaPlan area)
    {
        Set(ImportColumn.Record, ImportText.AreaRecord);
        Set(ImportColumn.Area, area.Name);
        Set(ImportColumn.AreaKind, area.IsLocalArea ? ImportText.LocalArea : ImportText.FieldDivision);
        Flush();
    }

    public void Office(OfficePlan office, StatewideOrganisation organisation)
    {
        Set(ImportColumn.Record, ImportText.OfficeRecord);
        Set(ImportColumn.Office, office.Name);
        Set(ImportColumn.Area, organisation.Areas[office.LocalArea].Name);
        Set(ImportColumn.ServingDivision, organisation.Areas[office.Division].Name);
        Set(ImportColumn.TitleIPartner, office.HasTitleIPartner ? ImportText.Yes : ImportText.No);
        Flush();
    }

    public void Administrator(AdministratorPlan administrator, StatewideOrganisation organisation)
    {
        Set(ImportColumn.Record, ImportText.AdministratorRecord);
        Set(ImportColumn.Area, organisation.Areas[administrator.Area].Name);
        WritePerson(administrator.Person);
        Set(ImportColumn.DesignatedOn, Date(administrator.DesignatedOn));
        Set(ImportColumn.TrainingCompletedOn, Date(administrator.TrainingCompletedOn));
        Set(ImportColumn.CoveredOffices, administrator.CoveredOffices);
        Flush();
    }

    /// <summary>A staff account; <paramref name="createdOnText"/> replaces the creation date's text (the bad-date problem rows).</summary>
    public void Account(AccountDraft account, string? createdOnText = null)
    {
        Set(ImportColumn.Record, ImportText.StaffAccountRecord);
        Set(ImportColumn.Username, account.Username);
        WritePerson(account.Staff);
        Set(ImportColumn.StaffKind, StaffKindText(account.StaffKind));
        Set(ImportColumn.Area, account.Area.Name);
        Set(ImportColumn.Office, account.Office.Name);
        Set(ImportColumn.SupervisorEmail, account.Supervisor.Email);
        Set(ImportColumn.SupervisorName, account.Supervisor.FullName);
        Set(ImportColumn.PrivilegeGroup, account.PrivilegeGroup);
        Set(ImportColumn.IspaCompletedOn, Date(account.IspaCompletedOn));
        Set(ImportColumn.StatementKind, account.StatementKind.DisplayName());
        Set(ImportColumn.StatementSignedOn, Date(account.StatementSignedOn));
        Set(ImportColumn.CreatedOn, createdOnText ?? Date(account.CreatedOn));
        Set(ImportColumn.LastRenewedOn, Date(account.LastRenewedOn));
        Set(ImportColumn.RenewalDueOn, Date(account.RenewalDueOn));
        var (status, cause) = StatusText(account.Lifecycle);
        Set(ImportColumn.Status, status);
        Set(ImportColumn.SuspensionCause, cause);
        Set(ImportColumn.SeparationDate, Date(account.SeparationDate));
        Set(ImportColumn.DeactivatedOn, Date(account.DeactivatedOn));
        Flush();
    }

    public static string StaffKindText(StaffKind kind) => kind == StaffKind.Edd ? ImportText.Edd : ImportText.NonEdd;

    public static (string Status, string? Cause) StatusText(Lifecycle state) => state switch
    {
        Lifecycle.PendingFirstSignIn => (AccountStatus.PendingFirstSignIn.DisplayName(), null),
        Lifecycle.Active => (AccountStatus.Active.DisplayName(), null),
        Lifecycle.SuspendedOverdueRenewal => (AccountStatus.Suspended.DisplayName(), ImportText.OverdueRenewal),
        Lifecycle.SuspendedByOperationsUnit => (AccountStatus.Suspended.DisplayName(), ImportText.OperationsUnit),
        _ => (AccountStatus.Deactivated.DisplayName(), null),
    };

    private void WritePerson(Person person)
    {
        Set(ImportColumn.FirstName, person.FirstName);
        Set(ImportColumn.LastName, person.LastName);
        Set(ImportColumn.Email, person.Email);
        Set(ImportColumn.Phone, person.Phone);
    }

    private void Set(ImportColumn column, string? value) => _cells[(int)column] = value;

    private static string? Date(DateOnly? date) => date?.ToString(ImportText.DateFormat, CultureInfo.InvariantCulture);

    private void Flush()
    {
        csv.WriteRecord(_cells);
        Array.Clear(_cells);
        Line++;
    }
}
