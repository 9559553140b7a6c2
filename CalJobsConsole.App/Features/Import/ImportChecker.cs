using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// Checks a read file against the console's state and the directive: resolves each area, office, group and person named (in
/// the file or already held), builds new areas and offices with the domain's factories (in memory), evaluates every rule of
/// each administrator and account row at once, and tells unchanged records from those that differ. Writes nothing.
/// </summary>
public sealed class ImportChecker(ImportReference reference, DateOnly today, AttestationPolicy policy)
{
    private readonly ImportPlan plan = new();
    private readonly Dictionary<string, Area> fileAreas = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Office> fileOffices = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PrivilegeGroup> missingGroups = DirectivePrivilegeGroups.Create()
        .Where(g => !reference.Groups.ContainsKey(g.Name)).ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, int> seatsTaken = reference.Areas.Values.ToDictionary(a => a.Id, a => a.ActiveDesignations.Count());

    public ImportPlan Check(ImportFile file, Func<int, Task>? progress = null) => CheckAsync(file, progress).GetAwaiter().GetResult();

    /// <summary>Areas first, then offices, then seats and accounts, whatever their order in the file; progress every 1,000 rows.</summary>
    public async Task<ImportPlan> CheckAsync(ImportFile file, Func<int, Task>? progress = null)
    {
        plan.Rows = file.DataRows;
        plan.Findings.AddRange(file.Problems);
        var duplicates = file.Problems.Where(p => p.Code == ImportCodes.Duplicate).Select(p => p.RowNumber).ToHashSet();
        var rows = file.Rows.Where(r => !duplicates.Contains(r.RowNumber)).ToList();
        foreach (var row in rows.OfType<AreaRow>())
            CheckArea(row);
        foreach (var row in rows.OfType<OfficeRow>())
            CheckOffice(row);
        var done = 0;
        foreach (var row in rows.Where(r => r is AdministratorRow or AccountRow).OrderBy(r => r.RowNumber))
        {
            if (row is AdministratorRow administrator)
                CheckAdministrator(administrator);
            else
                CheckAccount((AccountRow)row);
            if (++done % 1000 == 0 && progress is not null)
                await progress(done);
        }
        // The directive fixes its 14 groups; a catalogue that lacks them (a database never seeded) gets them all with the first import.
        if (plan.ToCreate > 0)
            plan.MissingDirectiveGroups.AddRange(missingGroups.Values);
        plan.Findings.Sort((a, b) => (a.RowNumber ?? 0).CompareTo(b.RowNumber ?? 0));
        return plan;
    }

    private void CheckArea(AreaRow row)
    {
        if (reference.Areas.TryGetValue(row.Name, out var existing))
        {
            if (existing.Kind == row.Kind)
                plan.Unchanged++;
            else
                Differs(row, $"The area {existing.Name} is a {Kind(existing.Kind)} in the console, not a {Kind(row.Kind)}: kept as it is.");
            return;
        }
        var area = Area.Create(row.Name, row.Kind);
        fileAreas[row.Name] = area;
        plan.NewAreas.Add((area, row));
    }

    private void CheckOffice(OfficeRow row)
    {
        var localArea = FindArea(row, row.LocalArea, "Area");
        var division = FindArea(row, row.ServingDivision, "ServingDivision");
        if (localArea is null || division is null)
            return;
        if (reference.Offices.TryGetValue(row.Name, out var existing))
        {
            if (existing.LocalAreaId == localArea.Id && existing.ServingDivisionId == division.Id && existing.HasTitleIPartner == row.HasTitleIPartner)
                plan.Unchanged++;
            else
                Differs(row, $"The office {existing.Name} is held by the console with another Local Area, serving division or Title I partner: kept as it is.");
            return;
        }
        try
        {
            var office = Office.Open(row.Name, localArea, division, row.HasTitleIPartner);
            fileOffices[row.Name] = office;
            plan.NewOffices.Add((office, row));
        }
        catch (InvalidInputException ex)
        {
            Problem(row, ImportCodes.Value, $"Row {row.RowNumber}: {ex.Problem} An office's Area is a Local Area and its ServingDivision a field division.");
        }
    }

    private void CheckAdministrator(AdministratorRow row)
    {
        if (FindArea(row, row.Area, "Area") is not { } area)
            return;
        var personId = plan.UserFor(row.Contact, ImportPlan.RoleOf(area.Kind), reference);
        if (area.ActiveDesignations.Any(d => d.PersonId == personId))
        {
            plan.Unchanged++;
            return;
        }
        var coverage = Coverage(row, area);
        var broken = Area.DesignationImportEligibility(area.Name, area.Kind, seatsTaken.GetValueOrDefault(area.Id), row.DesignatedOn, row.TrainingCompletedOn, today);
        Report(row, broken);
        if (broken.Count > 0 || coverage is { Ok: false })
            return;
        seatsTaken[area.Id] = seatsTaken.GetValueOrDefault(area.Id) + 1;
        plan.NewAdministrators.Add(new AdministratorPlan(row, area.Name, personId, coverage?.Coverage));
    }

    private (bool Ok, SpocCoverage? Coverage)? Coverage(AdministratorRow row, Area area)
    {
        if (row.CoveredOffices.Count == 0)
            return null;
        if (area.Kind == AreaKind.LocalArea)
        {
            Problem(row, ImportCodes.Value, $"Row {row.RowNumber}, CoveredOffices: an MIS Administrator covers the whole Local Area; leave it empty.");
            return (false, null);
        }
        var offices = row.CoveredOffices.Select(name => (name, office: FindOffice(name))).ToList();
        foreach (var (name, _) in offices.Where(o => o.office is null))
            Problem(row, ImportCodes.Unknown, $"Row {row.RowNumber}, CoveredOffices: no office named '{name}' in the file or the console. Add an Office row for it, or correct the name.");
        var known = offices.Where(o => o.office is not null).Select(o => o.office!).ToList();
        var broken = BusinessRules.Evaluate(new SpocMustCoverOnlyOfficesTheirDivisionServesRule(area, known.Count(o => o.ServingDivisionId != area.Id)));
        Report(row, broken);
        return known.Count == offices.Count && broken.Count == 0 ? (true, SpocCoverage.Offices(known.Select(o => o.Id))) : (false, null);
    }

    private void CheckAccount(AccountRow row)
    {
        var area = FindArea(row, row.Area, "Area");
        var office = FindOffice(row.Office);
        if (office is null)
            Problem(row, ImportCodes.Unknown, $"Row {row.RowNumber}, Office: no office named '{row.Office}' in the file or the console. Add an Office row for it, or correct the name.");
        var group = FindGroup(row.PrivilegeGroup);
        if (group is null)
            Problem(row, ImportCodes.Unknown,
                $"Row {row.RowNumber}, PrivilegeGroup: '{row.PrivilegeGroup}' is not a group of the privilege catalogue. Use a group's name as the catalogue spells it (e.g. {DirectivePrivilegeGroups.LwiaCboStaff}).");
        if (area is null || office is null || group is null)
            return;
        var supervisorId = plan.UserFor(row.Supervisor, ConsoleRoles.Requestor, reference);
        var account = new ImportedAccount(row.Username, row.Staff, row.StaffKind, area.Id, office.Id, supervisorId, group, row.IspaCompletedOn,
            row.Statement, row.CreatedOn, row.LastRenewedOn, row.RenewalDueOn, row.Status, row.SuspensionCause, row.SeparationDate, row.DeactivatedOn);
        if (reference.Accounts.TryGetValue(row.Username, out var existing))
        {
            if (DifferencesFrom(existing, account) is { Count: > 0 } columns)
                Differs(row, $"The console already holds {existing.Username} with another {string.Join(", ", columns)}: kept as it is (an import never overwrites).");
            else
                plan.Unchanged++;
            return;
        }
        var broken = StaffAccount.ImportEligibility(account, area, office, today, policy);
        Report(row, broken);
        if (broken.Count == 0)
            plan.NewAccounts.Add(new AccountPlan(row, account, area, office));
    }

    private static List<string> DifferencesFrom(AccountFacts held, ImportedAccount file)
    {
        var columns = new List<string>();
        void Compare(bool same, string column)
        {
            if (!same)
                columns.Add(column);
        }
        Compare(held.FullName == file.Staff.FullName, "FirstName/LastName");
        Compare(string.Equals(held.Email, file.Staff.Email, StringComparison.OrdinalIgnoreCase), "Email");
        Compare(held.StaffKind == file.StaffKind, "StaffKind");
        Compare(held.AreaId == file.AreaId, "Area");
        Compare(held.OfficeId == file.OfficeId, "Office");
        Compare(held.SupervisorId == file.SupervisorId, "SupervisorEmail");
        Compare(held.PrivilegeGroupId == file.Group.Id, "PrivilegeGroup");
        Compare(held.IspaCompletedOn == file.IspaCompletedOn, "IspaCompletedOn");
        Compare(held.StatementDate == file.Statement?.Date, "StatementSignedOn");
        Compare(held.CreatedOn == file.CreatedOn, "CreatedOn");
        Compare(held.LastRenewedOn == file.LastRenewedOn, "LastRenewedOn");
        Compare(held.RenewalDueOn == file.RenewalDueOn, "RenewalDueOn");
        Compare(held.Status == file.Status, "Status");
        Compare(held.SeparationDate == file.SeparationDate, "SeparationDate");
        Compare(held.DeactivatedOn == file.DeactivatedOn, "DeactivatedOn");
        return columns;
    }

    private Area? FindArea(ImportRow row, string name, string column)
    {
        if (fileAreas.TryGetValue(name, out var area) || reference.Areas.TryGetValue(name, out area))
            return area;
        Problem(row, ImportCodes.Unknown, $"Row {row.RowNumber}, {column}: no area named '{name}' in the file or the console. Add an Area row for it, or correct the name.");
        return null;
    }

    private Office? FindOffice(string name) =>
        fileOffices.TryGetValue(name, out var office) || reference.Offices.TryGetValue(name, out office) ? office : null;

    private PrivilegeGroup? FindGroup(string name) =>
        reference.Groups.TryGetValue(name, out var group) || missingGroups.TryGetValue(name, out group) ? group : null;

    private void Report(ImportRow row, IEnumerable<BrokenRule> broken) =>
        plan.Findings.AddRange(broken.Select(b => new ImportFinding(row.RowNumber, row.Key, b.Code, $"Row {row.RowNumber}: {b.Message}")));

    private void Problem(ImportRow row, string code, string message) => plan.Findings.Add(new ImportFinding(row.RowNumber, row.Key, code, message));

    private void Differs(ImportRow row, string message) => plan.Findings.Add(new ImportFinding(row.RowNumber, row.Key, ImportCodes.Differs, message, Blocking: false));

    private static string Kind(AreaKind kind) => kind == AreaKind.LocalArea ? "Local Area" : "Field Division";
}
