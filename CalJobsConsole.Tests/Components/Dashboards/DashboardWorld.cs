using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.Dashboards;

/// <summary>
/// A known mix for the dashboards, built on the business calendar up to <see cref="World.StartDate"/> (the component
/// tests' today, 10:00). In Golden Sierra: 2 accounts due for renewal within 30 days (in 10 and 20 days), 1 overdue
/// (by 15 days), 1 suspended, 1 scheduled deactivation, 1 late deactivation (closed 5 days after the separation), 1
/// open escalation, 2 submitted requests (12 and 5 days old), 1 unused temporary password (issued today). In the WSB
/// Northern Division, noise the Golden Sierra dashboard must never count: 1 account due in 3 days, 1 submitted request,
/// 1 open escalation — all at the Roseville EDD Office; a second SPOC covers only Sacramento Works.
/// </summary>
public sealed class DashboardWorld
{
    private static readonly DateOnly Today = World.StartDate;

    private DashboardWorld()
    {
        World = new World(Today.AddYears(-1).AddDays(-15));
        OfficeSpoc = World.Designate(World.Division, "Rowan SPOC", trained: true, SpocCoverage.Offices([World.OtherOffice.Id]));
    }

    public World World { get; }

    /// <summary>A second SPOC of the division covering only Sacramento Works, where none of the division's noise is.</summary>
    public AdministratorActor OfficeSpoc { get; }

    public StaffAccount Overdue { get; private set; } = null!;
    public StaffAccount DueIn10 { get; private set; } = null!;
    public StaffAccount DueIn20 { get; private set; } = null!;
    public StaffAccount DivisionDueIn3 { get; private set; } = null!;
    public StaffAccount Suspended { get; private set; } = null!;
    public StaffAccount Scheduled { get; private set; } = null!;
    public StaffAccount DeactivatedLate { get; private set; } = null!;
    public StaffAccount TemporaryPasswordWaiting { get; private set; } = null!;
    public AccessRequest OldestRequest { get; private set; } = null!;

    public static async Task<(StoredWorld Stored, DashboardWorld Mix)> CreateAsync(TestDatabase database)
    {
        var mix = new DashboardWorld();
        var stored = await StoredWorld.CreateAsync(database, mix.World);
        await SignedIn.AddUserAsync(database, mix.OfficeSpoc.PersonId, "Rowan SPOC", ConsoleRoles.CalJobsSpoc);
        await mix.SeedAsync(database);
        return (stored, mix);
    }

    private async Task SeedAsync(TestDatabase database)
    {
        var w = World;
        var accounts = new List<StaffAccount>();
        var requests = new List<AccessRequest>();
        var escalations = new List<Escalation>();

        Overdue = Add(accounts, w.CreateAccount());                             // due Today - 15
        w.Clock.SetDate(Today.AddYears(-1).AddDays(3));
        DivisionDueIn3 = Add(accounts, w.CreateAccount(wsb: true));
        w.Clock.SetDate(Today.AddYears(-1).AddDays(10));
        DueIn10 = Add(accounts, w.CreateAccount());
        w.Clock.SetDate(Today.AddYears(-1).AddDays(20));
        DueIn20 = Add(accounts, w.CreateAccount());

        w.Clock.SetDate(Today.AddYears(-1).AddDays(80));
        Suspended = Add(accounts, w.CreateAccount());
        Suspended.SuspendByOperationsUnit("Shared sign-in seen in the audit.");
        Scheduled = Add(accounts, w.CreateAccount());
        DeactivatedLate = Add(accounts, w.CreateAccount());
        w.Clock.AdvanceDays(10);
        Deactivate(requests, DeactivatedLate, separation: w.Clock.Today.AddDays(-5));
        Deactivate(requests, Scheduled, separation: Today.AddDays(45));

        var escalated = Add(requests, w.Approved(w.NewAccountForm(group: DirectivePrivilegeGroups.Dvop)));
        escalations.Add(Escalation.Raise(escalated, w.MisAdministrator, w.Group(DirectivePrivilegeGroups.Dvop), [], "A DVOP group for a co-located specialist.", w.Business));
        var divisionEscalated = Add(requests, w.Approved(w.NewAccountForm(group: "State Monitor", wsb: true)));
        escalations.Add(Escalation.Raise(divisionEscalated, w.Spoc, w.Group("State Monitor"), [], "Monitoring staff.", w.Business));

        w.Clock.SetDate(Today.AddDays(-12));
        OldestRequest = Add(requests, w.Submit(w.NewAccountForm()));
        w.Clock.SetDate(Today.AddDays(-5));
        Add(requests, w.Submit(w.FormFor(DueIn10, AccessRequestKind.AnnualRenewal)));
        Add(requests, w.Submit(w.NewAccountForm(wsb: true)));

        w.Clock.SetDate(Today, hour: 8);
        TemporaryPasswordWaiting = Add(accounts, w.CreateAccount());

        await using var db = database.CreateDbContext();
        db.StaffAccounts.AddRange(accounts);
        db.AccessRequests.AddRange(requests);
        db.Escalations.AddRange(escalations);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private void Deactivate(List<AccessRequest> requests, StaffAccount account, DateOnly separation)
    {
        var request = Add(requests, World.Approved(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: separation)));
        account.Deactivate(request, World.MisAdministrator, World.FullEvidence(request), World.Business);
    }

    private static T Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }
}
