using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>Moving an office keeps it in a Local Area and served by a field division.</summary>
public class OfficeReassignTests
{
    private readonly World _world = new();

    [Fact]
    public void Reassign_WhenGivenAnotherLocalArea_MovesTheOffice()
    {
        _world.PartnerOffice.Reassign(_world.OtherLocalArea, _world.Division);

        Assert.Equal(_world.OtherLocalArea.Id, _world.PartnerOffice.LocalAreaId);
        Assert.Equal(_world.Division.Id, _world.PartnerOffice.ServingDivisionId);
    }

    [Fact]
    public void Reassign_WhenTheLocalAreaIsAFieldDivision_ThrowsNamingLocalAreaIdAndStays()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.PartnerOffice.Reassign(_world.Division, _world.Division));

        Assert.Equal("LocalAreaId", ex.Field);
        Assert.Equal(_world.LocalArea.Id, _world.PartnerOffice.LocalAreaId);
    }

    [Fact]
    public void Reassign_WhenTheServingDivisionIsALocalArea_ThrowsNamingServingDivisionId()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _world.PartnerOffice.Reassign(_world.LocalArea, _world.OtherLocalArea));

        Assert.Equal("ServingDivisionId", ex.Field);
    }
}
