using System.Reflection;
using CalJobsConsole.App.Features.Privileges;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Privileges;

/// <summary>GRP-3: the Operations Unit's catalogue — groups, privileges, restrictions — audited, Operations-Unit-only, and the directive's authorities fixed.</summary>
public class PrivilegeCatalogueServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private PrivilegeCatalogueService ServiceFor(Guid userId) => new(_database, SignedIn.ScopeFor(_database, userId), World.Business);

    private PrivilegeCatalogueService Operations => ServiceFor(_stored.OperationsUnitUserId);

    [Fact]
    public async Task Get_WhenTheOperationsUnitAsks_ListsEveryGroupWithItsAuthority()
    {
        var view = await Operations.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(15, view.Groups.Count);
        Assert.Equal(GrantingAuthority.MisAdministrator, view.Groups.Single(g => g.Name == DirectivePrivilegeGroups.Warn).Authority);
        Assert.Equal(GrantingAuthority.CalJobsSpoc, view.Groups.Single(g => g.Name == DirectivePrivilegeGroups.Lver).Authority);
        Assert.Equal(14, view.Groups.Count(g => g.IsDirectiveGroup));
        Assert.Equal(4, view.Privileges.Count);
    }

    [Fact]
    public async Task Get_WhenAnAdministratorAsks_RefusesWithSco1()
    {
        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            ServiceFor(World.MisAdministrator.PersonId).GetAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    [Fact]
    public async Task AddGroup_WhenTheOperationsUnitAddsOne_IsGrantedByTheOperationsUnitOnlyAndAudited()
    {
        var outcome = await Operations.AddGroupAsync(new NewGroupForm { Name = "Fraud Investigators", Purpose = "State fraud unit" }, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        var id = outcome.Value;

        await using var db = _database.CreateDbContext();
        var group = await db.PrivilegeGroups.SingleAsync(g => g.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal(GrantingAuthority.OperationsUnit, group.Authority);
        Assert.False(group.IsDirectiveGroup);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == id, TestContext.Current.CancellationToken);
        Assert.Equal("PrivilegeGroupAdded", audit.Action);
        Assert.Equal(_stored.OperationsUnitUserId, audit.ActorId);
        Assert.Contains("Fraud Investigators", audit.After);
    }

    [Fact]
    public async Task AddGroup_WhenAnAdministratorTries_RefusesWithSco1AndAddsNothing()
    {
        var outcome = await ServiceFor(World.MisAdministrator.PersonId).AddGroupAsync(new NewGroupForm { Name = "Shadow Admins" },
            TestContext.Current.CancellationToken);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.Equal(15, await db.PrivilegeGroups.CountAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.AuditRecords.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("WARN")]
    [InlineData("state monitor")]
    public async Task AddGroup_WhenTheNameIsAlreadyInTheCatalogue_RefusesNamingTheField(string name)
    {
        var outcome = await Operations.AddGroupAsync(new NewGroupForm { Name = name }, TestContext.Current.CancellationToken);

        Assert.Equal("Name", outcome.ProblemField);
        Assert.Contains("already in the catalogue", outcome.Problem);
    }

    [Fact]
    public async Task AddGroup_WhenTheNameIsEmpty_RefusesNamingTheField()
    {
        var outcome = await Operations.AddGroupAsync(new NewGroupForm { Name = " " }, TestContext.Current.CancellationToken);

        Assert.Equal("Name", outcome.ProblemField);
    }

    [Fact]
    public async Task AddPrivilege_WhenTheCodeIsAlreadyInTheCatalogue_RefusesNamingTheField()
    {
        var outcome = await Operations.AddPrivilegeAsync(new NewPrivilegeForm { Code = "ssn_unmask", Name = "Again" }, TestContext.Current.CancellationToken);

        Assert.Equal("Code", outcome.ProblemField);
        Assert.Contains("SSN_UNMASK", outcome.Problem);
    }

    [Fact]
    public async Task AddPrivilege_WhenRestricted_IsStoredRestrictedAndAudited()
    {
        var outcome = await Operations.AddPrivilegeAsync(new NewPrivilegeForm { Code = "wage_data", Name = "View wage data", IsRestricted = true },
            TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        var id = outcome.Value;

        await using var db = _database.CreateDbContext();
        var privilege = await db.Privileges.SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal("WAGE_DATA", privilege.Code);
        Assert.True(privilege.IsRestricted);
        Assert.Equal("PrivilegeAdded", (await db.AuditRecords.SingleAsync(a => a.EntityId == id, TestContext.Current.CancellationToken)).Action);
    }

    [Fact]
    public async Task SetRestricted_WhenAPrivilegeBecomesRestricted_TheNextGrantCarryingItBreaksGrp3()
    {
        var reports = World.Privilege("REPORTS");
        Assert.Empty(GrantEligibility.Evaluate(AdministratorRole.MisAdministrator, World.Group(DirectivePrivilegeGroups.ViewAccess), [reports]));

        Assert.True((await Operations.SetRestrictedAsync(reports.Id, true, TestContext.Current.CancellationToken)).Succeeded);

        await using var db = _database.CreateDbContext();
        var stored = await db.Privileges.SingleAsync(p => p.Id == reports.Id, TestContext.Current.CancellationToken);
        var group = await db.PrivilegeGroups.SingleAsync(g => g.Name == DirectivePrivilegeGroups.ViewAccess, TestContext.Current.CancellationToken);
        Assert.Equal(["GRP-3"], GrantEligibility.Evaluate(AdministratorRole.MisAdministrator, group, [stored]).Select(r => r.Code));
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == reports.Id, TestContext.Current.CancellationToken);
        Assert.Contains("\"IsRestricted\":false", audit.Before);
        Assert.Contains("\"IsRestricted\":true", audit.After);
    }

    [Fact]
    public async Task SetGroupPrivileges_OnADirectiveGroup_ChangesThePrivilegesAndKeepsTheSeededAuthority()
    {
        var warn = World.Group(DirectivePrivilegeGroups.Warn);

        Assert.True((await Operations.SetGroupPrivilegesAsync(warn.Id, ["CASE_NOTES", "REPORTS"], TestContext.Current.CancellationToken)).Succeeded);

        await using var db = _database.CreateDbContext();
        var stored = await db.PrivilegeGroups.SingleAsync(g => g.Id == warn.Id, TestContext.Current.CancellationToken);
        Assert.Equal(["CASE_NOTES", "REPORTS"], stored.PrivilegeCodes.Order());
        Assert.Equal(GrantingAuthority.MisAdministrator, stored.Authority);
        Assert.True(stored.IsDirectiveGroup);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == warn.Id, TestContext.Current.CancellationToken);
        Assert.Equal("PrivilegeGroupPrivilegesSet", audit.Action);
        Assert.Contains("\"PrivilegeCodes\":[]", audit.Before);
        Assert.Contains("REPORTS", audit.After);
    }

    [Fact]
    public async Task SetGroupPrivileges_WhenACodeIsNotInTheCatalogue_RefusesAndChangesNothing()
    {
        var warn = World.Group(DirectivePrivilegeGroups.Warn);

        var outcome = await Operations.SetGroupPrivilegesAsync(warn.Id, ["NOPE"], TestContext.Current.CancellationToken);

        Assert.Equal("Privilege", outcome.ProblemField);
        await using var db = _database.CreateDbContext();
        Assert.Empty((await db.PrivilegeGroups.SingleAsync(g => g.Id == warn.Id, TestContext.Current.CancellationToken)).PrivilegeCodes);
    }

    [Fact]
    public void CatalogueService_WhenItsOperationsAreListed_OffersNoWayToChangeAGroupsAuthority()
    {
        var methods = typeof(PrivilegeCatalogueService).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.DoesNotContain(methods, m => m.Name.Contains("Authority", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(methods, m => m.GetParameters().Any(p => p.ParameterType == typeof(GrantingAuthority)));
        Assert.DoesNotContain(typeof(NewGroupForm).GetProperties(), p => p.PropertyType == typeof(GrantingAuthority));
    }

    [Fact]
    public void PrivilegeGroup_WhenItsMembersAreListed_OffersNoWayToChangeItsAuthority()
    {
        var setter = typeof(PrivilegeGroup).GetProperty(nameof(PrivilegeGroup.Authority))!.SetMethod;
        var methods = typeof(PrivilegeGroup).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

        Assert.True(setter is null || !setter.IsPublic);
        Assert.DoesNotContain(methods, m => m.GetParameters().Any(p => p.ParameterType == typeof(GrantingAuthority)));
    }
}
