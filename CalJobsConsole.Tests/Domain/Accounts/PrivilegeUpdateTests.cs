using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>GRP-1..3: a new group and extra privileges from an approved privilege-update request.</summary>
public class PrivilegeUpdateTests
{
    private readonly World _world = new();

    [Fact]
    public void ChangePrivileges_WhenMisAdministratorGrantsAnotherLwiaGroup_ChangesTheGroup()
    {
        var account = _world.CreateAccount();
        var target = _world.Group(DirectivePrivilegeGroups.ViewAccessWithReports);
        var request = UpdateRequest(account, DirectivePrivilegeGroups.ViewAccessWithReports);

        account.ChangePrivileges(request, _world.MisAdministrator, target, [_world.Privilege("REPORTS")],
            _world.FullEvidence(request), escalation: null, _world.Business);

        Assert.Equal(target.Id, account.PrivilegeGroupId);
        Assert.Equal(["REPORTS"], account.ExtraPrivilegeCodes);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void ChangePrivileges_WhenSpocGrantsAnotherWsbGroupOnAWsbAccount_ChangesTheGroup()
    {
        var account = _world.CreateAccount(wsb: true);
        var target = _world.Group(DirectivePrivilegeGroups.EddWsbSupervisor);
        var request = UpdateRequest(account, DirectivePrivilegeGroups.EddWsbSupervisor);

        account.ChangePrivileges(request, _world.Spoc, target, [], _world.FullEvidence(request), escalation: null, _world.Business);

        Assert.Equal(target.Id, account.PrivilegeGroupId);
    }

    [Fact]
    public void ChangePrivileges_WhenMisAdministratorGrantsAWsbGroup_ThrowsGrp1()
    {
        var account = _world.CreateAccount();
        var before = account.PrivilegeGroupId;
        var request = UpdateRequest(account, DirectivePrivilegeGroups.EddWsbStaff);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.EddWsbStaff), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["GRP-1"], ex.Codes);
        Assert.Equal(before, account.PrivilegeGroupId);
    }

    [Fact]
    public void ChangePrivileges_WhenMisAdministratorGrantsAnOperationsUnitGroup_ThrowsGrp1()
    {
        var account = _world.CreateAccount();
        var request = UpdateRequest(account, "State Monitor");

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group("State Monitor"), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["GRP-1"], ex.Codes);
    }

    [Fact]
    public void ChangePrivileges_WhenExtraPrivilegeIsRestricted_ThrowsGrp3()
    {
        var account = _world.CreateAccount();
        var request = UpdateRequest(account, DirectivePrivilegeGroups.ViewAccess);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [_world.Privilege("MERGE_ACCOUNTS")], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Equal(["GRP-3"], ex.Codes);
        Assert.Empty(account.ExtraPrivilegeCodes);
    }

    [Fact]
    public void ChangePrivileges_WhenRequestFormNotUploaded_ThrowsDoc1()
    {
        var account = _world.CreateAccount();
        var request = UpdateRequest(account, DirectivePrivilegeGroups.ViewAccess);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [], [], escalation: null, _world.Business));

        Assert.Equal(["DOC-1"], ex.Codes);
    }

    /// <summary>As at creation: the approved request is what was reviewed, so the change is the group it asked for.</summary>
    [Fact]
    public void ChangePrivileges_WhenGroupDiffersFromTheRequestedOne_ThrowsReq1()
    {
        var account = _world.CreateAccount();
        var before = account.PrivilegeGroupId;
        var request = UpdateRequest(account, DirectivePrivilegeGroups.ViewAccess);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.Warn), [], _world.FullEvidence(request), escalation: null, _world.Business));

        Assert.Contains("REQ-1", ex.Codes);
        Assert.Equal(before, account.PrivilegeGroupId);
    }

    /// <summary>GRP-3: once escalated, the Operations Unit decides; the administrator does not fulfil the request alone meanwhile.</summary>
    [Fact]
    public void ChangePrivileges_WhenTheRequestAwaitsAnEscalation_ThrowsGrp3AndChangesNothing()
    {
        var account = _world.CreateAccount();
        var before = account.PrivilegeGroupId;
        var request = UpdateRequest(account, DirectivePrivilegeGroups.ViewAccess);
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.ViewAccess),
            [_world.Privilege("SSN_UNMASK")], "Needs the unmasked SSN for WSB cases.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivileges(request, _world.MisAdministrator,
            _world.Group(DirectivePrivilegeGroups.ViewAccess), [], _world.FullEvidence(request), escalation, _world.Business));

        Assert.Equal(["GRP-3"], ex.Codes);
        Assert.Equal(before, account.PrivilegeGroupId);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void ChangePrivilegesFromEscalation_WhenTheOperationsUnitGranted_ChangesToTheEscalatedGroupAndPrivileges()
    {
        var account = _world.CreateAccount();
        var request = UpdateRequest(account, DirectivePrivilegeGroups.EddWsbStaff);
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.EddWsbStaff),
            [_world.Privilege("SSN_UNMASK")], "Covers WSB cases.", _world.Business);
        escalation.Grant(World.OperationsUnitUserId, null, _world.Business);

        account.ChangePrivilegesFromEscalation(request, escalation, _world.Group(DirectivePrivilegeGroups.EddWsbStaff),
            [_world.Privilege("SSN_UNMASK")], _world.FullEvidence(request), _world.Business);

        Assert.Equal(_world.Group(DirectivePrivilegeGroups.EddWsbStaff).Id, account.PrivilegeGroupId);
        Assert.Equal(["SSN_UNMASK"], account.ExtraPrivilegeCodes);
        Assert.Equal(AccessRequestStatus.Fulfilled, request.Status);
    }

    [Fact]
    public void ChangePrivilegesFromEscalation_WhenTheEscalationIsStillOpen_ThrowsGrp3AndChangesNothing()
    {
        var account = _world.CreateAccount();
        var before = account.PrivilegeGroupId;
        var request = UpdateRequest(account, DirectivePrivilegeGroups.EddWsbStaff);
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.EddWsbStaff),
            [], "Covers WSB cases.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => account.ChangePrivilegesFromEscalation(request, escalation,
            _world.Group(DirectivePrivilegeGroups.EddWsbStaff), [], _world.FullEvidence(request), _world.Business));

        Assert.Equal(["GRP-3"], ex.Codes);
        Assert.Equal(before, account.PrivilegeGroupId);
        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    private AccessRequest UpdateRequest(StaffAccount account, string group) =>
        _world.Approved(_world.FormFor(account, AccessRequestKind.PrivilegeUpdate, group: group));
}
