using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>CAP-1: at most 3 MIS Administrators in a Local Area, 5 SPOCs in a field division; a freed seat is free at once.</summary>
public class AreaSeatCapTests
{
    private readonly World _world = new();

    private AdministratorDesignation Add(Area area, string name) =>
        area.Designate(Guid.NewGuid(), World.Contact(name), area.DirectorId!.Value, _world.Clock.Today, World.OperationsUnitUserId);

    [Fact]
    public void Designate_WhenLocalAreaHasTwoAdministrators_TakesTheThirdSeat()
    {
        Add(_world.LocalArea, "Second MIS");

        var third = Add(_world.LocalArea, "Third MIS");

        Assert.Equal(3, third.SeatNumber);
        Assert.Equal(3, _world.LocalArea.ActiveDesignations.Count());
        Assert.Equal(0, _world.LocalArea.FreeSeats);
    }

    [Fact]
    public void Designate_WhenLocalAreaHasThreeAdministrators_ThrowsCap1SayingThreeOfThree()
    {
        Add(_world.LocalArea, "Second MIS");
        Add(_world.LocalArea, "Third MIS");

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Add(_world.LocalArea, "Fourth MIS"));

        Assert.Equal(["CAP-1"], ex.Codes);
        Assert.Contains("3 of 3", ex.Message);
        Assert.Equal(3, _world.LocalArea.ActiveDesignations.Count());
    }

    [Fact]
    public void Designate_WhenDivisionHasFourSpocs_TakesTheFifthSeat()
    {
        Add(_world.Division, "SPOC 2");
        Add(_world.Division, "SPOC 3");
        Add(_world.Division, "SPOC 4");

        var fifth = Add(_world.Division, "SPOC 5");

        Assert.Equal(5, fifth.SeatNumber);
        Assert.Equal(0, _world.Division.FreeSeats);
    }

    [Fact]
    public void Designate_WhenDivisionHasFiveSpocs_ThrowsCap1SayingFiveOfFive()
    {
        for (var i = 2; i <= 5; i++)
            Add(_world.Division, $"SPOC {i}");

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Add(_world.Division, "SPOC 6"));

        Assert.Equal(["CAP-1"], ex.Codes);
        Assert.Contains("5 of 5", ex.Message);
    }

    [Fact]
    public void Designate_WhenAnAdministratorWasRemovedFromAFullArea_TakesTheFreedLowestSeat()
    {
        var second = Add(_world.LocalArea, "Second MIS");
        Add(_world.LocalArea, "Third MIS");
        _world.LocalArea.RemoveDesignation(second.Id, World.LocalDirectorId, _world.Clock.Today);

        var replacement = Add(_world.LocalArea, "Replacement MIS");

        Assert.Equal(2, replacement.SeatNumber);
        Assert.Equal(DesignationStatus.Removed, second.Status);
        Assert.Equal(0, _world.LocalArea.FreeSeats);
    }

    [Fact]
    public void Designate_WhenAnAdministratorWasRevokedFromAFullArea_TakesTheFreedSeat()
    {
        var first = _world.LocalArea.ActiveDesignations.Single();
        Add(_world.LocalArea, "Second MIS");
        Add(_world.LocalArea, "Third MIS");
        _world.LocalArea.RevokeAdministrator(first.Id, "Used a script to extract data (automation).", _world.Clock.Today);

        var replacement = Add(_world.LocalArea, "Replacement MIS");

        Assert.Equal(1, replacement.SeatNumber);
        Assert.Equal(DesignationStatus.Revoked, first.Status);
    }

    [Fact]
    public void FreeSeats_WhenAdministratorsAreAddedAndRemoved_CountsTheCapMinusActiveDesignations()
    {
        var area = _world.LocalArea;
        Assert.Equal(2, area.FreeSeats);

        var second = Add(area, "Second MIS");
        Assert.Equal(1, area.FreeSeats);

        area.RemoveDesignation(second.Id, World.LocalDirectorId, _world.Clock.Today);
        Assert.Equal(2, area.FreeSeats);
        Assert.Equal(4, _world.Division.FreeSeats);
    }

    [Fact]
    public void AdministratorCap_WhenReadByKind_IsThreeForALocalAreaAndFiveForADivision()
    {
        Assert.Equal(3, Area.Create("Any Local Area", AreaKind.LocalArea).AdministratorCap);
        Assert.Equal(5, Area.Create("Any Division", AreaKind.FieldDivision).AdministratorCap);
    }
}
