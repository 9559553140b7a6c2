using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>DES-1: only the Director or Division Chief names and withdraws the designees who sign for them.</summary>
public class DesigneeTests
{
    private readonly World _world = new();
    private readonly Guid _personId = Guid.NewGuid();

    private DateOnly Today => _world.Clock.Today;

    private Area Area => _world.LocalArea;

    [Fact]
    public void NameDesignee_WhenTheDirectorNamesSomeone_AddsACurrentDesignee()
    {
        var designee = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        Assert.Same(designee, Area.Designees.Single());
        Assert.Equal(Today, designee.NamedOn);
        Assert.True(designee.IsCurrentOn(Today));
        Assert.True(Area.MaySignDesignationForms(_personId, Today));
    }

    [Fact]
    public void NameDesignee_WhenTheDivisionChiefNamesSomeone_AddsADesigneeToTheDivision()
    {
        _world.Division.NameDesignee(World.DivisionChiefId, _personId, World.Contact("Dee Designee"), Today);

        Assert.True(_world.Division.MaySignDesignationForms(_personId, Today));
    }

    [Fact]
    public void NameDesignee_WhenNamedByACurrentDesignee_ThrowsDes1()
    {
        Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Area.NameDesignee(_personId, Guid.NewGuid(), World.Contact("Second Hand"), Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Single(Area.Designees);
    }

    [Fact]
    public void NameDesignee_WhenNamedByAnAdministrator_ThrowsDes1()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Area.NameDesignee(_world.MisAdministrator.PersonId, _personId, World.Contact("Dee Designee"), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void NameDesignee_WhenAreaHasNoDirector_ThrowsDes1()
    {
        var area = Area.Create("Newly formed Local Area", AreaKind.LocalArea);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            area.NameDesignee(Guid.NewGuid(), _personId, World.Contact("Dee Designee"), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }

    [Fact]
    public void NameDesignee_WhenEndsOnIsBeforeTheDayNamed_ThrowsNamingEndsOn()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today, Today.AddDays(-1)));

        Assert.Equal("EndsOn", ex.Field);
        Assert.Empty(Area.Designees);
    }

    [Fact]
    public void NameDesignee_WhenEndsOnIsTheDayNamed_IsCurrentThatDayOnly()
    {
        var designee = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today, Today);

        Assert.True(designee.IsCurrentOn(Today));
        Assert.False(designee.IsCurrentOn(Today.AddDays(1)));
    }

    [Fact]
    public void NameDesignee_WhenTheDirectorNamesThemself_ThrowsNamingPersonId()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Area.NameDesignee(World.LocalDirectorId, World.LocalDirectorId, World.Contact("Dana Director"), Today));

        Assert.Equal("PersonId", ex.Field);
    }

    [Fact]
    public void NameDesignee_WhenThePersonIsAlreadyACurrentDesignee_ThrowsNamingPersonId()
    {
        Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        var ex = Assert.Throws<InvalidInputException>(() =>
            Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today));

        Assert.Equal("PersonId", ex.Field);
        Assert.Single(Area.Designees);
    }

    [Fact]
    public void NameDesignee_WhenThePreviousNamingWasWithdrawn_NamesThePersonAgain()
    {
        var first = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);
        Area.WithdrawDesignee(World.LocalDirectorId, first.Id, Today);

        Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        Assert.Equal(2, Area.Designees.Count);
        Assert.True(Area.MaySignDesignationForms(_personId, Today));
    }

    [Fact]
    public void NameDesignee_WhenPersonIdIsEmpty_ThrowsNamingPersonId()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Area.NameDesignee(World.LocalDirectorId, Guid.Empty, World.Contact("Nobody"), Today));

        Assert.Equal("PersonId", ex.Field);
    }

    [Fact]
    public void WithdrawDesignee_WhenTheDirectorWithdraws_EndsTheRightToSignThatDay()
    {
        var designee = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        Area.WithdrawDesignee(World.LocalDirectorId, designee.Id, Today.AddDays(3));

        Assert.Equal(Today.AddDays(3), designee.WithdrawnOn);
        Assert.True(designee.IsCurrentOn(Today.AddDays(2)));
        Assert.False(designee.IsCurrentOn(Today.AddDays(3)));
    }

    [Fact]
    public void WithdrawDesignee_WhenWithdrawnBySomeoneOtherThanTheDirector_ThrowsDes1AndKeepsTheDesignee()
    {
        var designee = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);

        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Area.WithdrawDesignee(_personId, designee.Id, Today));

        Assert.Equal(["DES-1"], ex.Codes);
        Assert.Null(designee.WithdrawnOn);
    }

    [Fact]
    public void WithdrawDesignee_WhenTheDesigneeIsUnknown_ThrowsNamingDesigneeId()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Area.WithdrawDesignee(World.LocalDirectorId, Guid.NewGuid(), Today));

        Assert.Equal("designeeId", ex.Field);
    }

    [Fact]
    public void WithdrawDesignee_WhenWithdrawnTwice_KeepsTheFirstWithdrawalDate()
    {
        var designee = Area.NameDesignee(World.LocalDirectorId, _personId, World.Contact("Dee Designee"), Today);
        Area.WithdrawDesignee(World.LocalDirectorId, designee.Id, Today.AddDays(1));

        Area.WithdrawDesignee(World.LocalDirectorId, designee.Id, Today.AddDays(5));

        Assert.Equal(Today.AddDays(1), designee.WithdrawnOn);
    }
}
