using System.Text.RegularExpressions;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Architecture;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Data;

/// <summary>A Development host seeds the demo state once, through the domain; the README's sign-ins work as it says.</summary>
[Collection(AppHostCollection.Name)]
public class DemoDataSeederTests(DemoDataSeederTests.SeededApp app) : IClassFixture<DemoDataSeederTests.SeededApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_OnAFreshDatabase_CreatesAccountsInEveryLifecycleState()
    {
        await using var db = app.Database();
        var accounts = await db.StaffAccounts.ToListAsync(Token);

        Assert.Equal(Enum.GetValues<AccountStatus>().Order(), accounts.Select(a => a.Status).Distinct().Order());
        Assert.Contains(accounts, a => a.SuspensionCause == SuspensionCause.OverdueRenewal && a.RenewalDueOn <= app.Today);
        Assert.Contains(accounts, a => a is { Status: AccountStatus.Deactivated, DeactivationDaysLate: 0 });
        Assert.Contains(accounts, a => a is { Status: AccountStatus.Deactivated, DeactivatedLate: true });
        Assert.Contains(accounts, a => a.Status == AccountStatus.Active && a.ScheduledDeactivationOn > app.Today);
        Assert.Contains(accounts, a => a.Status == AccountStatus.PendingFirstSignIn && a.TemporaryCredential!.IsValidAt(app.Clock.UtcNow));
        Assert.Contains(accounts, a => a.Status == AccountStatus.Active && a.LastRenewedOn is not null);
    }

    [Fact]
    public async Task Seed_EveryStaffAccount_KeepsTheEvidenceOfItsFulfilledRequestAndHasAStaffUserWithItsIdAndUsername()
    {
        await using var db = app.Database();
        var accounts = await db.StaffAccounts.ToListAsync(Token);
        var requests = await db.AccessRequests.ToDictionaryAsync(r => r.Id, Token);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();

        Assert.NotEmpty(accounts);
        foreach (var account in accounts)
        {
            var user = await users.FindByIdAsync(account.Id.ToString());
            Assert.Equal(account.Username, user?.UserName);
            Assert.True(await users.IsInRoleAsync(user!, ConsoleRoles.Staff), account.Username);
            var kept = await db.EvidenceDocuments.Where(d => d.AccountId == account.Id).ToListAsync(Token);
            var creation = Assert.Single(kept.Select(d => requests[d.RequestId]).Distinct(), r => r.Kind == AccessRequestKind.NewAccount);
            Assert.Equal(AccessRequestStatus.Fulfilled, creation.Status);
            Assert.Empty(EvidenceRequirements.Missing(EvidenceMoment.Creation, account.StaffKind, kept.Where(d => d.RequestId == creation.Id)));
        }
    }

    [Fact]
    public async Task Seed_OnAFreshDatabase_FillsOneLocalAreaToItsCapAndGivesADivisionAnOfficeCoverageSpoc()
    {
        await using var db = app.Database();
        var areas = await db.Areas.Include(a => a.Designations).ToListAsync(Token);

        Assert.Equal(3, areas.Count(a => a.Kind == AreaKind.LocalArea));
        Assert.Equal(2, areas.Count(a => a.Kind == AreaKind.FieldDivision));
        Assert.Contains(areas, a => a.Kind == AreaKind.LocalArea && a.FreeSeats == 0 && a.ActiveDesignations.All(d => d.IsTrained));
        Assert.Contains(areas, a => a.Kind == AreaKind.LocalArea && a.ActiveDesignations.Count() == 2);
        var division = Assert.Single(areas, a => a.Kind == AreaKind.FieldDivision && a.ActiveDesignations.Count() == 2);
        Assert.Contains(division.ActiveDesignations, d => d.Coverage is { WholeDivision: false });
    }

    [Fact]
    public async Task Seed_EveryDesignation_IsSignedByItsAreasDirectorWhoHoldsTheDirectorRole()
    {
        await using var db = app.Database();
        var areas = await db.Areas.Include(a => a.Designations).ToListAsync(Token);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();

        foreach (var area in areas)
        {
            var director = await users.FindByIdAsync(area.DirectorId!.Value.ToString());
            Assert.True(await users.IsInRoleAsync(director!, ConsoleRoles.Director), area.Name);
            Assert.All(area.Designations, d => Assert.Equal(area.DirectorId, d.AddedBy.AccountableSignerId));
        }
        Assert.Contains(areas.SelectMany(a => a.Designations), d => d.Status == DesignationStatus.Removed);
    }

    [Fact]
    public async Task Seed_UntrainedAdministrator_HoldsAnActiveSeatWithNoTrainingDate()
    {
        var user = await app.UserAsync(DemoSignIns.UntrainedMisAdministrator);
        await using var db = app.Database();

        var designation = await db.Designations.SingleAsync(d => d.PersonId == user.Id, Token);

        Assert.Equal(DesignationStatus.Active, designation.Status);
        Assert.Null(designation.TrainingCompletedOn);
    }

    [Fact]
    public async Task Seed_TheCatalogue_HoldsTheDirectiveGroupsOneOperationsUnitGroupAndTwoRestrictedPrivileges()
    {
        await using var db = app.Database();
        var groups = await db.PrivilegeGroups.ToListAsync(Token);
        var privileges = await db.Privileges.ToListAsync(Token);

        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Concat(DirectivePrivilegeGroups.WsbGroups).Order(),
            groups.Where(g => g.IsDirectiveGroup).Select(g => g.Name).Order());
        Assert.Single(groups, g => g.Authority == GrantingAuthority.OperationsUnit);
        Assert.Equal(2, privileges.Count(p => p.IsRestricted));
    }

    [Fact]
    public async Task Seed_OnAFreshDatabase_LeavesRequestsOpenForAdministratorsAndRequestors()
    {
        await using var db = app.Database();
        var statuses = await db.AccessRequests.Select(r => r.Status).ToListAsync(Token);

        Assert.Contains(AccessRequestStatus.Submitted, statuses);
        Assert.Contains(AccessRequestStatus.ReturnedForCorrection, statuses);
        Assert.Contains(AccessRequestStatus.Approved, statuses);
        Assert.True(await db.Escalations.AnyAsync(Token));
    }

    [Fact]
    public async Task ReadmeDemoSignIns_EachUser_SignsInWithTheDemoPasswordAndHoldsItsRole()
    {
        var rows = ReadmeDemoSignIns();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();

        Assert.Equal(DemoSignIns.All.Order(), rows.Select(r => r.UserName).Order());
        Assert.Equal(ConsoleRoles.All.Order(), rows.Select(r => r.Role).Distinct().Order());
        foreach (var (userName, role) in rows)
        {
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoSignIns.Password), userName);
            Assert.True(await users.IsInRoleAsync(user, role), $"{userName} should hold {role}");
        }
        Assert.Contains($"`{DemoSignIns.Password}`", File.ReadAllText(ReadmePath()));
    }

    [Fact]
    public async Task DemoSignIns_WhenTheirScopeIsRead_SeeWhatTheReadmePromises()
    {
        using var serviceScope = app.Services.CreateScope();
        var scopes = serviceScope.ServiceProvider.GetRequiredService<ScopeService>();
        async Task<UserScope> ScopeOf(string userName) => (await scopes.ForUserAsync((await app.UserAsync(userName)).Id, Token))!;

        Assert.True((await ScopeOf(DemoSignIns.OperationsUnit)).IsOperationsUnit);
        var morgan = Assert.Single((await ScopeOf(DemoSignIns.MisAdministrator)).Seats);
        Assert.Equal(("Golden Sierra", true), (morgan.AreaName, morgan.IsTrained));
        Assert.False(Assert.Single((await ScopeOf(DemoSignIns.UntrainedMisAdministrator)).Seats).IsTrained);
        Assert.True(Assert.Single((await ScopeOf(DemoSignIns.Spoc)).Seats).Coverage!.WholeDivision);
        Assert.Equal(2, Assert.Single((await ScopeOf(DemoSignIns.OfficeSpoc)).Seats).Coverage!.OfficeIds.Count);
        Assert.Equal("Golden Sierra", Assert.Single((await ScopeOf(DemoSignIns.Director)).DirectedAreas).Name);
        Assert.True((await ScopeOf(DemoSignIns.Requestor)).IsRequestor);
        var staff = await ScopeOf(DemoSignIns.Staff);
        Assert.True(staff.IsStaff);
        await using var db = app.Database();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == staff.StaffAccountId, Token);
        Assert.Equal((DemoSignIns.Staff, AccountStatus.Active), (account.Username, account.Status));
        Assert.Equal((await app.UserAsync(DemoSignIns.Requestor)).Id, account.SupervisorId);
    }

    [Fact]
    public async Task Seed_WhenRunAgain_ChangesNothing()
    {
        var before = await app.CountsAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(Token);

        Assert.False(seeded);
        Assert.Equal(before, await app.CountsAsync());
        Assert.True(before.Areas > 0 && before.Users > 0 && before.Accounts > 0);
    }

    [Fact]
    public async Task Start_OutsideDevelopment_SeedsNothing()
    {
        await using var production = new TestAppFactory("Production");

        await using var db = await production.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
        Assert.False(await db.Areas.AnyAsync(Token));
        Assert.False(await db.Users.AnyAsync(Token));
        Assert.False(await db.StaffAccounts.AnyAsync(Token));
    }

    private static string ReadmePath() => Path.Combine(DomainIndependenceTests.RepositoryRoot(), "README.md");

    /// <summary>The rows of the README's "Demo sign-ins" table: username and role.</summary>
    private static IReadOnlyList<(string UserName, string Role)> ReadmeDemoSignIns()
    {
        var readme = File.ReadAllText(ReadmePath());
        var section = readme[readme.IndexOf("## Demo sign-ins", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return Regex.Matches(section, @"^\| `(?<user>[^`]+)` \| (?<role>[^|]+?) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups["user"].Value, m.Groups["role"].Value)).ToList();
    }

    /// <summary>One Development host for the class: started once, so it seeds once.</summary>
    public sealed class SeededApp : IAsyncLifetime
    {
        private readonly TestAppFactory _factory = new();

        public IServiceProvider Services => _factory.Services;

        public BusinessClock Clock => Services.GetRequiredService<BusinessClock>();

        public DateOnly Today => Clock.Today;

        public ValueTask InitializeAsync()
        {
            _ = _factory.Services; // starts the host: migrations, then the seeder
            return ValueTask.CompletedTask;
        }

        public ConsoleDbContext Database() => Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();

        public async Task<ConsoleUser> UserAsync(string userName)
        {
            using var scope = Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByNameAsync(userName)
                ?? throw new Xunit.Sdk.XunitException($"No user named {userName} was seeded.");
        }

        public async Task<(int Areas, int Users, int Roles, int Accounts, int Requests, int Evidence)> CountsAsync()
        {
            await using var db = Database();
            return (await db.Areas.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(),
                await db.StaffAccounts.CountAsync(), await db.AccessRequests.CountAsync(), await db.EvidenceDocuments.CountAsync());
        }

        public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
    }
}
