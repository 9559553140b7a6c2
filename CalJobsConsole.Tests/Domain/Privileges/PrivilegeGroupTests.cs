using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Privileges;

/// <summary>GRP-3: groups the Operations Unit adds are granted only by it; it edits the privileges any group carries.</summary>
public class PrivilegeGroupTests
{
    private readonly World _world = new();

    [Fact]
    public void CreateOperationsUnitGroup_WhenCreated_HasOperationsUnitAuthority()
    {
        var group = PrivilegeGroup.CreateOperationsUnitGroup("Fraud Investigators", "State fraud unit");

        Assert.Equal(GrantingAuthority.OperationsUnit, group.Authority);
        Assert.False(group.IsDirectiveGroup);
        Assert.Equal("State fraud unit", group.Purpose);
    }

    [Fact]
    public void CreateOperationsUnitGroup_WhenNamedLikeADirectiveGroup_StillHasOperationsUnitAuthority()
    {
        var group = PrivilegeGroup.CreateOperationsUnitGroup(DirectivePrivilegeGroups.ViewAccess);

        Assert.Equal(GrantingAuthority.OperationsUnit, group.Authority);
    }

    [Fact]
    public void CreateOperationsUnitGroup_WhenNameIsBlank_ThrowsNamingName()
    {
        var ex = Assert.Throws<InvalidInputException>(() => PrivilegeGroup.CreateOperationsUnitGroup(" "));

        Assert.Equal("Name", ex.Field);
    }

    [Fact]
    public void SetPrivileges_WhenSet_TheGroupCarriesExactlyThose()
    {
        var group = _world.Group(DirectivePrivilegeGroups.EddWsbStaff);

        group.SetPrivileges([_world.Privilege("CASE_NOTES"), _world.Privilege("REPORTS")]);

        Assert.True(group.Carries("CASE_NOTES"));
        Assert.True(group.Carries("REPORTS"));
        Assert.False(group.Carries("SSN_UNMASK"));
    }

    [Fact]
    public void SetPrivileges_WhenSetAgain_ReplacesThePreviousSet()
    {
        var group = _world.Group(DirectivePrivilegeGroups.EddWsbStaff);
        group.SetPrivileges([_world.Privilege("CASE_NOTES"), _world.Privilege("REPORTS")]);

        group.SetPrivileges([_world.Privilege("REPORTS")]);

        Assert.Equal(["REPORTS"], group.PrivilegeCodes);
        Assert.False(group.Carries("CASE_NOTES"));
    }

    [Fact]
    public void SetPrivileges_WhenAPrivilegeIsGivenTwice_KeepsItOnce()
    {
        var group = _world.Group("State Monitor");

        group.SetPrivileges([_world.Privilege("REPORTS"), _world.Privilege("REPORTS")]);

        Assert.Equal(["REPORTS"], group.PrivilegeCodes);
    }
}
