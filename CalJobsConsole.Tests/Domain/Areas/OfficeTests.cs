using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>An office sits in one Local Area and is served by one field division.</summary>
public class OfficeTests
{
    private readonly World _world = new();

    [Fact]
    public void Open_WhenGivenALocalAreaAndADivision_PlacesTheOfficeInBoth()
    {
        var office = Office.Open("  Grass Valley AJCC ", _world.LocalArea, _world.Division, hasTitleIPartner: false);

        Assert.Equal("Grass Valley AJCC", office.Name);
        Assert.Equal(_world.LocalArea.Id, office.LocalAreaId);
        Assert.Equal(_world.Division.Id, office.ServingDivisionId);
        Assert.False(office.HasTitleIPartner);
        Assert.True(office.IsIn(_world.LocalArea.Id));
        Assert.True(office.IsIn(_world.Division.Id));
        Assert.False(office.IsIn(_world.OtherLocalArea.Id));
    }

    [Fact]
    public void Open_WhenTheLocalAreaIsAFieldDivision_ThrowsNamingLocalAreaId()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Office.Open("Misplaced", _world.Division, _world.Division, hasTitleIPartner: true));

        Assert.Equal("LocalAreaId", ex.Field);
    }

    [Fact]
    public void Open_WhenTheServingDivisionIsALocalArea_ThrowsNamingServingDivisionId()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Office.Open("Misplaced", _world.LocalArea, _world.OtherLocalArea, hasTitleIPartner: true));

        Assert.Equal("ServingDivisionId", ex.Field);
    }

    [Fact]
    public void Open_WhenTheNameIsBlank_ThrowsNamingName()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Office.Open(" ", _world.LocalArea, _world.Division, hasTitleIPartner: true));

        Assert.Equal("Name", ex.Field);
    }

    [Fact]
    public void Rename_WhenTheNameIsEmpty_ThrowsNamingNameAndKeepsTheOldName()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.PartnerOffice.Rename(""));

        Assert.Equal("Name", ex.Field);
        Assert.Equal("Auburn AJCC", _world.PartnerOffice.Name);
    }

    [Fact]
    public void SetTitleIPartner_WhenThePartnerLeaves_RecordsTheOfficeAsWithoutPartner()
    {
        _world.PartnerOffice.SetTitleIPartner(false);

        Assert.False(_world.PartnerOffice.HasTitleIPartner);
    }
}
