using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Features.Import;

/// <summary>A console user the import creates (no password: invitations come later) or gives a role, by e-mail.</summary>
public sealed record ImportUser(Guid Id, ContactDetails Contact, bool IsNew, ISet<string> RolesToGrant);

public sealed record AdministratorPlan(AdministratorRow Row, string AreaName, Guid PersonId, SpocCoverage? Coverage);

public sealed record AccountPlan(AccountRow Row, ImportedAccount Account, Area Area, Office Office);

/// <summary>What a file would change, checked: created records, unchanged and differing ones, and every problem.</summary>
public sealed class ImportPlan
{
    public List<ImportFinding> Findings { get; } = [];

    public List<PrivilegeGroup> MissingDirectiveGroups { get; } = [];

    public List<(Area Area, AreaRow Row)> NewAreas { get; } = [];

    public List<(Office Office, OfficeRow Row)> NewOffices { get; } = [];

    public Dictionary<string, ImportUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<AdministratorPlan> NewAdministrators { get; } = [];

    public List<AccountPlan> NewAccounts { get; } = [];

    public int Rows { get; set; }

    public int Unchanged { get; set; }

    public int ToCreate => NewAreas.Count + NewOffices.Count + NewAdministrators.Count + NewAccounts.Count;

    public int Differing => Findings.Count(f => f.Code == ImportCodes.Differs);

    public int Problems => Findings.Count(f => f.Blocking);

    public ImportCounts Counts => new(Rows, ToCreate, Unchanged, Differing, Problems);

    /// <summary>The console user with this e-mail: the existing one, or a new one planned once; the role to hold is added.</summary>
    public Guid UserFor(ContactDetails contact, string role, ImportReference reference)
    {
        if (!Users.TryGetValue(contact.Email, out var user))
        {
            var existing = reference.UsersByEmail.TryGetValue(contact.Email.ToUpperInvariant(), out var id);
            user = new ImportUser(existing ? id : Guid.CreateVersion7(), contact, !existing, new HashSet<string>());
            Users[contact.Email] = user;
        }
        if (!reference.Roles.Contains((user.Id, role)))
            user.RolesToGrant.Add(role);
        return user.Id;
    }

    public static string RoleOf(AreaKind kind) => kind == AreaKind.LocalArea ? ConsoleRoles.MisAdministrator : ConsoleRoles.CalJobsSpoc;
}
