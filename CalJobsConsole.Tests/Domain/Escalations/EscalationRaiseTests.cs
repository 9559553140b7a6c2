using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Escalations;

/// <summary>GRP-3: an administrator escalates an approved request they may not fulfil alone to the Operations Unit.</summary>
public class EscalationRaiseTests
{
    private readonly World _world = new();

    private Escalation Raise(AccessRequest request, string group, params string[] extraPrivileges) =>
        Escalation.Raise(request, _world.AdministratorFor(request.Form), _world.Group(group),
            extraPrivileges.Select(_world.Privilege).ToList(), "Needed for the co-located WSB programme.", _world.Business);

    [Fact]
    public void Raise_WhenMisAdministratorEscalatesAWsbGroup_RecordsGrp1AndIsOpen()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));

        var escalation = Raise(request, DirectivePrivilegeGroups.Dvop);

        Assert.Equal(["GRP-1"], escalation.BrokenRuleCodes);
        Assert.Equal(EscalationStatus.Open, escalation.Status);
        Assert.Equal(request.Id, escalation.RequestId);
        Assert.Equal(request.AreaId, escalation.AreaId);
        Assert.Equal(_world.MisAdministrator.PersonId, escalation.RaisedById);
        Assert.Equal(_world.Group(DirectivePrivilegeGroups.Dvop).Id, escalation.PrivilegeGroupId);
    }

    [Fact]
    public void Raise_WhenSpocEscalatesTheOperationsUnitGroup_RecordsGrp2()
    {
        var request = _world.Approved(_world.NewAccountForm(StaffKind.Edd, group: "State Monitor", wsb: true));

        var escalation = Raise(request, "State Monitor");

        Assert.Equal(["GRP-2"], escalation.BrokenRuleCodes);
    }

    [Fact]
    public void Raise_WhenARestrictedPrivilegeIsAskedOnAGrantableGroup_RecordsGrp3AndThePrivilege()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var escalation = Raise(request, DirectivePrivilegeGroups.LwiaCboStaff, "SSN_UNMASK");

        Assert.Equal(["GRP-3"], escalation.BrokenRuleCodes);
        Assert.Equal(["SSN_UNMASK"], escalation.PrivilegeCodes);
    }

    [Fact]
    public void Raise_WhenTheAdministratorMayGrantEverythingAsked_ThrowsNamingPrivilegeGroupId()
    {
        var request = _world.Approved(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => Raise(request, DirectivePrivilegeGroups.LwiaCboStaff, "CASE_NOTES"));

        Assert.Equal("PrivilegeGroupId", ex.Field);
    }

    [Fact]
    public void Raise_WhenTheRequestAwaitsAnEarlierEscalation_ThrowsGrp3AndMovesNothing()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));
        var earlier = Raise(request, DirectivePrivilegeGroups.Dvop);
        var version = request.Version;

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Escalation.Raise(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.Dvop), [], "Again.", _world.Business, latestEscalation: earlier));

        Assert.Equal(["GRP-3"], ex.Codes);
        Assert.Equal(version, request.Version);
    }

    [Fact]
    public void Raise_WhenTheRequestIsNotApproved_ThrowsReq1()
    {
        var request = _world.Submit(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Raise(request, DirectivePrivilegeGroups.Dvop));

        Assert.Equal(["REQ-1"], ex.Codes);
    }

    [Fact]
    public void Raise_WhenTheRequestIsAPasswordReset_ThrowsNamingRequestId()
    {
        var request = _world.Approved(_world.FormFor(_world.CreateAccount(), AccessRequestKind.PasswordReset));

        var ex = Assert.Throws<InvalidInputException>(() => Raise(request, DirectivePrivilegeGroups.Dvop));

        Assert.Equal("RequestId", ex.Field);
    }

    [Fact]
    public void Raise_WhenNoReasonIsGiven_ThrowsNamingReason()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));

        var ex = Assert.Throws<InvalidInputException>(() => Escalation.Raise(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.Dvop), [], " ", _world.Business));

        Assert.Equal("Reason", ex.Field);
    }

    [Fact]
    public void Raise_WhenTheAdministratorIsUntrained_ThrowsDes2()
    {
        var untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Escalation.Raise(request, untrained,
            _world.Group(DirectivePrivilegeGroups.Dvop), [], "Needed.", _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
    }
}
