using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>Creating an area and appointing the person who signs its designation forms.</summary>
public class AreaTests
{
    [Fact]
    public void Create_WhenTheNameIsEmpty_ThrowsNamingName()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Area.Create("", AreaKind.LocalArea));

        Assert.Equal("Name", ex.Field);
    }

    [Fact]
    public void Create_WhenTheKindIsUndefined_ThrowsNamingKind()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Area.Create("Golden Sierra", (AreaKind)0));

        Assert.Equal("Kind", ex.Field);
    }

    [Fact]
    public void Create_WhenAFieldDivision_HasSpocSeatsAndNoDirectorYet()
    {
        var area = Area.Create(" WSB Southern Division ", AreaKind.FieldDivision);

        Assert.Equal("WSB Southern Division", area.Name);
        Assert.Equal(AdministratorRole.CalJobsSpoc, area.AdministratorRole);
        Assert.Null(area.DirectorId);
        Assert.Equal(5, area.FreeSeats);
    }

    [Fact]
    public void Rename_WhenTheNameIsBlank_ThrowsNamingNameAndKeepsTheOldName()
    {
        var area = Area.Create("Golden Sierra", AreaKind.LocalArea);

        var ex = Assert.Throws<InvalidInputException>(() => area.Rename("   "));

        Assert.Equal("Name", ex.Field);
        Assert.Equal("Golden Sierra", area.Name);
    }

    [Fact]
    public void AppointDirector_WhenThePersonIdIsEmpty_ThrowsNamingDirectorId()
    {
        var area = Area.Create("Golden Sierra", AreaKind.LocalArea);

        var ex = Assert.Throws<InvalidInputException>(() => area.AppointDirector(Guid.Empty, World.Contact("Dana Director")));

        Assert.Equal("DirectorId", ex.Field);
        Assert.Null(area.DirectorId);
    }

    [Fact]
    public void AppointDirector_WhenAppointed_TheDirectorMaySignDesignationForms()
    {
        var area = Area.Create("Golden Sierra", AreaKind.LocalArea);
        var directorId = Guid.NewGuid();

        area.AppointDirector(directorId, World.Contact("Dana Director"));

        Assert.True(area.MaySignDesignationForms(directorId, World.StartDate));
        Assert.False(area.MaySignDesignationForms(Guid.Empty, World.StartDate));
    }
}
