using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Privileges;

/// <summary>The catalogue the Operations Unit maintains: lookups refuse names that are not in it, naming the field.</summary>
public class PrivilegeCatalogTests
{
    private readonly World _world = new();

    [Fact]
    public void Group_WhenNameIsNotInTheCatalogue_ThrowsNamingPrivilegeGroup()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.Catalog.Group("No Such Group"));

        Assert.Equal("PrivilegeGroup", ex.Field);
        Assert.Contains("No Such Group", ex.Problem);
    }

    [Fact]
    public void Group_WhenNameIsBlank_ThrowsNamingPrivilegeGroup()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.Catalog.Group(""));

        Assert.Equal("PrivilegeGroup", ex.Field);
    }

    [Fact]
    public void Group_WhenNameDiffersOnlyInCase_FindsTheGroup()
    {
        Assert.Equal(DirectivePrivilegeGroups.EddWsbSupervisor, _world.Catalog.Group("edd wsb supervisor").Name);
    }

    [Fact]
    public void Groups_WhenSeededLikeTheWorld_HoldTheFourteenDirectiveGroupsAndTheOperationsUnitOne()
    {
        Assert.Equal(15, _world.Catalog.Groups.Count);
        Assert.Equal(GrantingAuthority.OperationsUnit, _world.Catalog.Group("State Monitor").Authority);
    }

    [Fact]
    public void Privilege_WhenCodeIsNotInTheCatalogue_ThrowsNamingPrivilege()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.Catalog.Privilege("DELETE_EVERYTHING"));

        Assert.Equal("Privilege", ex.Field);
    }

    [Fact]
    public void Privilege_WhenFound_KeepsItsRestriction()
    {
        Assert.True(_world.Catalog.Privilege("ssn_unmask").IsRestricted);
        Assert.False(_world.Catalog.Privilege("CASE_NOTES").IsRestricted);
    }

    [Fact]
    public void PrivilegeCreate_WhenCodeIsBlank_ThrowsNamingCode()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Privilege.Create(" ", "Nothing", isRestricted: false));

        Assert.Equal("Code", ex.Field);
    }

    [Fact]
    public void PrivilegeCreate_WhenCodeIsLowerCase_StoresItUpperCase()
    {
        Assert.Equal("CASE_NOTES", Privilege.Create("case_notes", "Case notes", isRestricted: false).Code);
    }
}
