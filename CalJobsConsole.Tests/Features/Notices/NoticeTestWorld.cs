using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Notices;

/// <summary>
/// The stored world (Golden Sierra's MIS Administrator, the Northern Division's SPOC, Directors, a requestor, the Operations Unit)
/// plus staff with console sign-ins: two WSB staff members (accounts in the division), one Local Area staff member, and one WSB
/// staff member whose account the Operations Unit suspended.
/// </summary>
public abstract class NoticeTestWorld : IAsyncLifetime
{
    protected World World { get; } = new();
    protected TestDatabase Database { get; private set; } = null!;
    protected StoredWorld Stored { get; private set; } = null!;
    protected Guid Ops => Stored.OperationsUnitUserId;
    protected Guid Mis => World.MisAdministrator.PersonId;
    protected Guid Spoc => World.Spoc.PersonId;
    protected Guid WsbStaff { get; private set; }
    protected Guid OtherWsbStaff { get; private set; }
    protected Guid LocalAreaStaff { get; private set; }
    protected Guid SuspendedWsbStaff { get; private set; }

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Stored = await StoredWorld.CreateAsync(Database, World);
        WsbStaff = await StaffAsync("Pat WSB", wsb: true);
        OtherWsbStaff = await StaffAsync("Lee WSB", wsb: true);
        LocalAreaStaff = await StaffAsync("Sam Local", wsb: false);
        SuspendedWsbStaff = await StaffAsync("Kai Suspended", wsb: true, suspended: true);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    /// <summary>A staff account created the whole way and saved, with a console sign-in holding the Staff role.</summary>
    private async Task<Guid> StaffAsync(string name, bool wsb, bool suspended = false)
    {
        var kind = wsb ? StaffKind.Edd : StaffKind.NonEdd;
        var form = World.NewAccountForm(kind, wsb: wsb);
        var request = World.Approved(form);
        var evidence = World.FullEvidence(request);
        var grant = new NewAccountGrant(request, "staff." + Guid.NewGuid().ToString("N")[..8], World.Groups.Single(g => g.Id == form.RequestedGroupId), [], evidence);
        var account = StaffAccount.Create(grant, World.AdministratorFor(form), World.Business, World.Policy);
        // Past the first sign-in and the forced password change (CRD-1), so the console is open to them.
        account.SignInWithTemporaryPassword(World.Business);
        account.CompletePasswordChange(World.Business);
        if (suspended)
            account.SuspendByOperationsUnit("Automation.");
        await using (var db = Database.CreateDbContext())
        {
            db.AddRange([request, account, .. evidence]);
            await db.SaveChangesAsync(Token);
        }
        return await SignedIn.AddUserAsync(Database, account.Id, name, ConsoleRoles.Staff);
    }
}
