using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>DES-2: training before administrative privileges; ActorFor is what an administrator may do now.</summary>
public class AdministratorTrainingTests
{
    private readonly World _world = new();
    private readonly Guid _personId = Guid.NewGuid();

    private DateOnly Today => _world.Clock.Today;

    private AdministratorDesignation AddUntrained() =>
        _world.LocalArea.Designate(_personId, World.Contact("Una Trained"), World.LocalDirectorId, Today, World.OperationsUnitUserId);

    [Fact]
    public void Designate_WhenJustDesignated_IsNotTrainedAndItsActorBreaksDes2()
    {
        var designation = AddUntrained();

        var actor = _world.LocalArea.ActorFor(_personId)!;

        Assert.False(designation.IsTrained);
        Assert.Null(actor.TrainingCompletedOn);
        Assert.Equal(["DES-2"], BusinessRules.Evaluate(new AdministratorMustBeTrainedRule(actor)).Select(r => r.Code));
    }

    [Fact]
    public void RecordTraining_WhenCompletedInThePast_SetsTrainingCompletedOn()
    {
        var designation = AddUntrained();

        _world.LocalArea.RecordTraining(designation.Id, Today.AddDays(-7), Today);

        Assert.Equal(Today.AddDays(-7), designation.TrainingCompletedOn);
        Assert.True(designation.IsTrained);
    }

    [Fact]
    public void RecordTraining_WhenCompletedToday_IsAccepted()
    {
        var designation = AddUntrained();

        _world.LocalArea.RecordTraining(designation.Id, Today, Today);

        Assert.Equal(Today, designation.TrainingCompletedOn);
    }

    [Fact]
    public void RecordTraining_WhenDatedTomorrow_ThrowsNamingTrainingCompletedOn()
    {
        var designation = AddUntrained();

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.RecordTraining(designation.Id, Today.AddDays(1), Today));

        Assert.Equal("TrainingCompletedOn", ex.Field);
        Assert.Null(designation.TrainingCompletedOn);
    }

    [Fact]
    public void RecordTraining_WhenTheDesignationWasRemoved_ThrowsNamingDesignationId()
    {
        var designation = AddUntrained();
        _world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, Today);

        var ex = Assert.Throws<InvalidInputException>(() =>
            _world.LocalArea.RecordTraining(designation.Id, Today, Today));

        Assert.Equal("designationId", ex.Field);
    }

    [Fact]
    public void ActorFor_WhenTrained_ReturnsAnActorWithTheTrainingDateRoleAndArea()
    {
        var designation = AddUntrained();
        _world.LocalArea.RecordTraining(designation.Id, Today.AddDays(-2), Today);

        var actor = _world.LocalArea.ActorFor(_personId)!;

        Assert.Equal(Today.AddDays(-2), actor.TrainingCompletedOn);
        Assert.Equal(AdministratorRole.MisAdministrator, actor.Role);
        Assert.Equal(_world.LocalArea.Id, actor.AreaId);
        Assert.Equal("Golden Sierra", actor.AreaName);
        Assert.Empty(BusinessRules.Evaluate(new AdministratorMustBeTrainedRule(actor)));
    }

    [Fact]
    public void ActorFor_WhenThePersonHoldsNoSeatInTheArea_ReturnsNull()
    {
        Assert.Null(_world.LocalArea.ActorFor(_world.Spoc.PersonId));
    }

    [Fact]
    public void ActorFor_WhenTheDesignationWasRemoved_ReturnsNullAtOnce()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single();

        _world.LocalArea.RemoveDesignation(designation.Id, World.LocalDirectorId, Today);

        Assert.Null(_world.LocalArea.ActorFor(_world.MisAdministrator.PersonId));
    }

    [Fact]
    public void ActorFor_WhenTheAdministratorWasRevoked_ReturnsNullAtOnce()
    {
        var designation = _world.Division.ActiveDesignations.Single();

        _world.Division.RevokeAdministrator(designation.Id, "Did not follow the directive.", Today);

        Assert.Null(_world.Division.ActorFor(_world.Spoc.PersonId));
    }

    [Fact]
    public void ActorFor_WhenRedesignatedAfterRemoval_StartsUntrained()
    {
        var old = _world.LocalArea.ActiveDesignations.Single();
        _world.LocalArea.RemoveDesignation(old.Id, World.LocalDirectorId, Today);
        _world.LocalArea.Designate(_world.MisAdministrator.PersonId, World.Contact("Morgan MIS"), World.LocalDirectorId, Today,
            World.OperationsUnitUserId);

        var actor = _world.LocalArea.ActorFor(_world.MisAdministrator.PersonId)!;

        Assert.Null(actor.TrainingCompletedOn);
    }
}
