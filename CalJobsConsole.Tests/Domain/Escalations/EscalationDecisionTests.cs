using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Escalations.Rules;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Escalations;

/// <summary>The Operations Unit grants or declines an escalation, once; a declined one needs a reason.</summary>
public class EscalationDecisionTests
{
    private readonly World _world = new();
    private readonly Escalation _escalation;
    private readonly Guid _requestId;

    public EscalationDecisionTests()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));
        _requestId = request.Id;
        _escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.Dvop), [],
            "Veteran outreach at the Auburn AJCC.", _world.Business);
    }

    private static Guid OperationsUnit => World.OperationsUnitUserId;

    [Fact]
    public void Grant_WhenOpen_IsGrantedAndRecordsTheDecider()
    {
        _escalation.Grant(OperationsUnit, "Approved for DVOP outreach.", _world.Business);

        Assert.Equal(EscalationStatus.Granted, _escalation.Status);
        Assert.Equal(OperationsUnit, _escalation.DecidedById);
        Assert.Equal(_world.Clock.UtcNow, _escalation.DecidedAt);
        Assert.Equal("Approved for DVOP outreach.", _escalation.DecisionNote);
    }

    [Fact]
    public void Decline_WhenOpenWithAReason_IsDeclinedWithTheReason()
    {
        _escalation.Decline(OperationsUnit, "DVOP is an EDD position.", _world.Business);

        Assert.Equal(EscalationStatus.Declined, _escalation.Status);
        Assert.Equal("DVOP is an EDD position.", _escalation.DecisionNote);
    }

    [Fact]
    public void Decline_WhenNoReasonIsGiven_ThrowsNamingReasonAndStaysOpen()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _escalation.Decline(OperationsUnit, "", _world.Business));

        Assert.Equal("Reason", ex.Field);
        Assert.Equal(EscalationStatus.Open, _escalation.Status);
    }

    [Fact]
    public void Decline_WhenAlreadyGranted_ThrowsNamingStatus()
    {
        _escalation.Grant(OperationsUnit, null, _world.Business);

        var ex = Assert.Throws<InvalidInputException>(() => _escalation.Decline(OperationsUnit, "Changed our mind.", _world.Business));

        Assert.Equal("Status", ex.Field);
        Assert.Equal(EscalationStatus.Granted, _escalation.Status);
    }

    [Fact]
    public void Grant_WhenAlreadyDeclined_ThrowsNamingStatus()
    {
        _escalation.Decline(OperationsUnit, "DVOP is an EDD position.", _world.Business);

        var ex = Assert.Throws<InvalidInputException>(() => _escalation.Grant(OperationsUnit, null, _world.Business));

        Assert.Equal("Status", ex.Field);
        Assert.Equal(EscalationStatus.Declined, _escalation.Status);
    }

    [Fact]
    public void Grant_WhenNoDeciderIsGiven_ThrowsNamingDecidedByIdAndStaysOpen()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _escalation.Grant(Guid.Empty, null, _world.Business));

        Assert.Equal("DecidedById", ex.Field);
        Assert.Equal(EscalationStatus.Open, _escalation.Status);
    }

    [Fact]
    public void EscalationMustBeGranted_WhenStillOpen_IsBrokenAsGrp3()
    {
        var broken = BusinessRules.Evaluate(new EscalationMustBeGrantedRule(_escalation, _requestId));

        Assert.Equal(["GRP-3"], broken.Select(r => r.Code));
    }

    [Fact]
    public void EscalationMustBeGranted_WhenGrantedForThisRequest_Holds()
    {
        _escalation.Grant(OperationsUnit, null, _world.Business);

        Assert.Empty(BusinessRules.Evaluate(new EscalationMustBeGrantedRule(_escalation, _requestId)));
    }

    [Fact]
    public void EscalationMustBeGranted_WhenGrantedForAnotherRequest_IsBrokenAsGrp3()
    {
        _escalation.Grant(OperationsUnit, null, _world.Business);

        var broken = BusinessRules.Evaluate(new EscalationMustBeGrantedRule(_escalation, Guid.NewGuid()));

        Assert.Equal(["GRP-3"], broken.Select(r => r.Code));
    }
}
