using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Accounts;

/// <summary>
/// Two accounts supervised by the world's requestor, each with a console user for its staff member: Pat Staff, non-EDD
/// LWIA/CBO staff at the Local Area's partner office (the group carries Case notes and the restricted unmasked SSN; Run
/// reports granted on top), and Jo Wsb, EDD WSB staff at the division's WSB-only office. A test designates further
/// administrators before <see cref="StoreAsync"/>.
/// </summary>
public abstract class AccountDetailTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected World World { get; } = new();

    protected StoredWorld Stored { get; private set; } = null!;

    protected AccessRequest NewAccountRequest { get; private set; } = null!;

    protected StaffAccount Account { get; private set; } = null!;

    protected StaffAccount WsbAccount { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected async Task StoreAsync()
    {
        World.Group(DirectivePrivilegeGroups.LwiaCboStaff).SetPrivileges([World.Privilege("CASE_NOTES"), World.Privilege("SSN_UNMASK")]);
        Stored = await StoredWorld.CreateAsync(Database, World);
        (NewAccountRequest, Account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "pat.staff", "REPORTS");
        (_, WsbAccount) = await StoredAccounts.CreateAsync(Database, World,
            World.NewAccountForm(StaffKind.Edd, wsb: true) with { Staff = Support.World.Contact("Jo Wsb") }, "jo.wsb");
        await SignedIn.AddUserAsync(Database, Account.Id, "Pat Staff", ConsoleRoles.Staff);
        await SignedIn.AddUserAsync(Database, WsbAccount.Id, "Jo Wsb", ConsoleRoles.Staff);
    }

    protected AccountDetailService ServiceFor(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    /// <summary>Designates a further administrator before the world is stored; call <see cref="AddAdministratorUserAsync"/> after.</summary>
    protected AdministratorActor Designate(Area area, string name, SpocCoverage? coverage = null) => World.Designate(area, name, trained: true, coverage);

    protected Task AddAdministratorUserAsync(AdministratorActor actor) =>
        SignedIn.AddUserAsync(Database, actor.PersonId, actor.Name, ScopeService.RoleFor(actor.Role));
}
