using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Privileges;

/// <summary>GRP-1..3: which groups each kind of administrator may grant, and restricted privileges going to the Operations Unit.</summary>
public class GrantEligibilityTests
{
    private readonly World _world = new();

    public static TheoryData<string> LwiaGroups => new(DirectivePrivilegeGroups.LwiaGroups);

    public static TheoryData<string> WsbGroups => new(DirectivePrivilegeGroups.WsbGroups);

    private IEnumerable<string> Codes(AdministratorRole role, string group, params string[] extraPrivileges) =>
        GrantEligibility.Evaluate(role, _world.Group(group), extraPrivileges.Select(_world.Privilege)).Select(r => r.Code);

    [Theory]
    [MemberData(nameof(LwiaGroups))]
    public void Evaluate_WhenMisAdministratorGrantsAnLwiaGroup_BreaksNothing(string group)
    {
        Assert.Empty(Codes(AdministratorRole.MisAdministrator, group));
    }

    [Theory]
    [MemberData(nameof(WsbGroups))]
    public void Evaluate_WhenMisAdministratorGrantsAWsbGroup_BreaksGrp1(string group)
    {
        Assert.Equal(["GRP-1"], Codes(AdministratorRole.MisAdministrator, group));
    }

    [Theory]
    [MemberData(nameof(WsbGroups))]
    public void Evaluate_WhenSpocGrantsAWsbGroup_BreaksNothing(string group)
    {
        Assert.Empty(Codes(AdministratorRole.CalJobsSpoc, group));
    }

    [Theory]
    [MemberData(nameof(LwiaGroups))]
    public void Evaluate_WhenSpocGrantsAnLwiaGroup_BreaksGrp2(string group)
    {
        Assert.Equal(["GRP-2"], Codes(AdministratorRole.CalJobsSpoc, group));
    }

    [Fact]
    public void Evaluate_WhenMisAdministratorIsRefused_TheRemedyListsEveryLwiaGroup()
    {
        var broken = GrantEligibility.Evaluate(AdministratorRole.MisAdministrator, _world.Group(DirectivePrivilegeGroups.Dvop)).Single();

        Assert.Equal("GRP-1", broken.Code);
        Assert.Contains(DirectivePrivilegeGroups.Dvop, broken.Reason);
        Assert.All(DirectivePrivilegeGroups.LwiaGroups, g => Assert.Contains(g, broken.Remedy));
    }

    [Fact]
    public void Evaluate_WhenSpocIsRefused_TheRemedyListsEveryWsbGroup()
    {
        var broken = GrantEligibility.Evaluate(AdministratorRole.CalJobsSpoc, _world.Group(DirectivePrivilegeGroups.Warn)).Single();

        Assert.Equal("GRP-2", broken.Code);
        Assert.Contains(DirectivePrivilegeGroups.Warn, broken.Reason);
        Assert.All(DirectivePrivilegeGroups.WsbGroups, g => Assert.Contains(g, broken.Remedy));
    }

    [Fact]
    public void Evaluate_WhenMisAdministratorGrantsTheOperationsUnitGroup_BreaksGrp1()
    {
        Assert.Equal(["GRP-1"], Codes(AdministratorRole.MisAdministrator, "State Monitor"));
    }

    [Fact]
    public void Evaluate_WhenSpocGrantsTheOperationsUnitGroup_BreaksGrp2()
    {
        Assert.Equal(["GRP-2"], Codes(AdministratorRole.CalJobsSpoc, "State Monitor"));
    }

    [Fact]
    public void Evaluate_WhenARestrictedExtraPrivilegeIsAdded_BreaksGrp3NamingIt()
    {
        var broken = GrantEligibility.Evaluate(AdministratorRole.MisAdministrator, _world.Group(DirectivePrivilegeGroups.LwiaCboStaff),
            [_world.Privilege("SSN_UNMASK")]);

        Assert.Equal(["GRP-3"], broken.Select(r => r.Code));
        Assert.Contains("View unmasked SSN", broken[0].Reason);
    }

    [Fact]
    public void Evaluate_WhenOnlyNonRestrictedExtraPrivilegesAreAdded_BreaksNothing()
    {
        Assert.Empty(Codes(AdministratorRole.CalJobsSpoc, DirectivePrivilegeGroups.EddWsbStaff, "CASE_NOTES", "REPORTS"));
    }

    [Fact]
    public void Evaluate_WhenOneOfSeveralExtraPrivilegesIsRestricted_BreaksGrp3Once()
    {
        Assert.Equal(["GRP-3"], Codes(AdministratorRole.CalJobsSpoc, DirectivePrivilegeGroups.EddWsbStaff, "CASE_NOTES", "MERGE_ACCOUNTS"));
    }

    [Fact]
    public void Evaluate_WhenGroupAndRestrictedPrivilegeAreBothOutOfReach_ListsBothCodes()
    {
        Assert.Equal(["GRP-1", "GRP-3"], Codes(AdministratorRole.MisAdministrator, DirectivePrivilegeGroups.Lver, "SSN_UNMASK"));
    }
}
