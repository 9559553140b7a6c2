using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Tests.Domain.Privileges;

/// <summary>The 14 groups of WSD24-13 and the authority the directive fixes for each (GRP-1, GRP-2).</summary>
public class DirectivePrivilegeGroupsTests
{
    [Fact]
    public void Create_WhenCalled_HasExactlyFourteenDirectiveGroups()
    {
        var groups = DirectivePrivilegeGroups.Create();

        Assert.Equal(14, groups.Count);
        Assert.Equal(14, groups.Select(g => g.Name).Distinct().Count());
        Assert.All(groups, g => Assert.True(g.IsDirectiveGroup));
    }

    [Fact]
    public void Create_WhenCalled_GivesTheEightLwiaGroupsToMisAdministrators()
    {
        var mis = DirectivePrivilegeGroups.Create().Where(g => g.Authority == GrantingAuthority.MisAdministrator).Select(g => g.Name);

        Assert.Equal(8, mis.Count());
        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Order(), mis.Order());
    }

    [Fact]
    public void Create_WhenCalled_GivesTheSixWsbGroupsToSpocs()
    {
        var spoc = DirectivePrivilegeGroups.Create().Where(g => g.Authority == GrantingAuthority.CalJobsSpoc).Select(g => g.Name);

        Assert.Equal(6, spoc.Count());
        Assert.Equal(DirectivePrivilegeGroups.WsbGroups.Order(), spoc.Order());
    }

    [Fact]
    public void Create_WhenCalledTwice_ReturnsFreshGroupsThatDoNotShareTheirPrivileges()
    {
        var first = DirectivePrivilegeGroups.Create();
        var second = DirectivePrivilegeGroups.Create();

        first[0].SetPrivileges([Privilege.Create("CASE_NOTES", "Case notes", isRestricted: false)]);

        Assert.NotSame(first[0], second[0]);
        Assert.False(second[0].Carries("CASE_NOTES"));
    }
}
