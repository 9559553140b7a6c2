using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>REV-1: the Operations Unit suspends an administrator's privileges with a reason; the seat is kept, the actor carries the suspension.</summary>
public class AdministratorSuspensionTests
{
    private readonly World _world = new();

    private AdministratorDesignation Designation(AdministratorActor actor) =>
        _world.LocalArea.ActiveDesignations.Single(d => d.PersonId == actor.PersonId);

    [Fact]
    public void SuspendAdministrator_WithAReason_KeepsTheSeatAndTheActorCarriesTheSuspension()
    {
        var designation = Designation(_world.MisAdministrator);

        _world.LocalArea.SuspendAdministrator(designation.Id, "Automated access to CalJOBS.", _world.Clock.Today);

        Assert.True(designation.IsSuspended);
        Assert.True(designation.IsActive);
        Assert.Equal(_world.Clock.Today, designation.SuspendedOn);
        Assert.Equal(2, _world.LocalArea.FreeSeats);
        var actor = _world.LocalArea.ActorFor(_world.MisAdministrator.PersonId)!;
        Assert.True(actor.IsSuspended);
        Assert.Equal(["REV-1"], BusinessRules.Evaluate(new AdministratorMustNotBeSuspendedRule(actor)).Select(r => r.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void SuspendAdministrator_WhenReasonIsMissing_ThrowsInvalidInputNamingReason(string? reason)
    {
        var designation = Designation(_world.MisAdministrator);

        var ex = Assert.Throws<InvalidInputException>(() => _world.LocalArea.SuspendAdministrator(designation.Id, reason, _world.Clock.Today));

        Assert.Equal("Reason", ex.Field);
        Assert.False(designation.IsSuspended);
    }

    [Fact]
    public void SuspendAdministrator_WhenAlreadySuspended_ThrowsInvalidInputAndKeepsTheFirstReason()
    {
        var designation = Designation(_world.MisAdministrator);
        _world.LocalArea.SuspendAdministrator(designation.Id, "Automated access to CalJOBS.", _world.Clock.Today);

        Assert.Throws<InvalidInputException>(() => _world.LocalArea.SuspendAdministrator(designation.Id, "Again.", _world.Clock.Today));

        Assert.Equal("Automated access to CalJOBS.", designation.SuspensionReason);
    }

    [Fact]
    public void LiftAdministratorSuspension_WhenSuspended_ClearsItAndTheRulePasses()
    {
        var designation = Designation(_world.MisAdministrator);
        _world.LocalArea.SuspendAdministrator(designation.Id, "Failure to follow the directive.", _world.Clock.Today);

        _world.LocalArea.LiftAdministratorSuspension(designation.Id);

        Assert.False(designation.IsSuspended);
        Assert.Null(designation.SuspensionReason);
        var actor = _world.LocalArea.ActorFor(_world.MisAdministrator.PersonId)!;
        Assert.Empty(BusinessRules.Evaluate(new AdministratorMustNotBeSuspendedRule(actor)));
    }

    [Fact]
    public void LiftAdministratorSuspension_WhenNotSuspended_ThrowsInvalidInput()
    {
        var designation = Designation(_world.MisAdministrator);

        var ex = Assert.Throws<InvalidInputException>(() => _world.LocalArea.LiftAdministratorSuspension(designation.Id));

        Assert.Equal(nameof(AdministratorDesignation.SuspendedOn), ex.Field);
    }

    [Fact]
    public void AdministratorMustNotBeSuspendedRule_WhenSuspended_CitesRev1AndTheReason()
    {
        var actor = _world.MisAdministrator with { SuspensionReason = "Automated access to CalJOBS." };

        var broken = Assert.Single(BusinessRules.Evaluate(new AdministratorMustNotBeSuspendedRule(actor)));

        Assert.Equal("REV-1", broken.Code);
        Assert.Contains("Automated access to CalJOBS.", broken.Reason);
        Assert.StartsWith("REV-1 (WSD24-13,", broken.Message);
    }
}
