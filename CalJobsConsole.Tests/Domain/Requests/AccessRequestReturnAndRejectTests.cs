using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Requests;

/// <summary>Returning a request for correction (with a note) and rejecting it (with a reason).</summary>
public class AccessRequestReturnAndRejectTests
{
    private readonly World _world = new();

    [Fact]
    public void ReturnForCorrection_WhenNoteIsGiven_ReturnsWithTheNote()
    {
        var request = _world.Submit(_world.NewAccountForm());

        request.ReturnForCorrection(_world.MisAdministrator, "The ISPA date is missing.", _world.Business);

        Assert.Equal(AccessRequestStatus.ReturnedForCorrection, request.Status);
        Assert.Equal("The ISPA date is missing.", request.DecisionNote);
        Assert.Equal(_world.MisAdministrator.PersonId, request.DecidedById);
    }

    [Fact]
    public void ReturnForCorrection_WhenNoteIsBlank_ThrowsNamingNoteAndLeavesTheRequestSubmitted()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => request.ReturnForCorrection(_world.MisAdministrator, "  ", _world.Business));

        Assert.Equal("Note", ex.Field);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void ReturnForCorrection_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.ReturnForCorrection(untrained, "Fix it.", _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
    }

    [Fact]
    public void Reject_WhenReasonIsGiven_RejectsWithTheReason()
    {
        var request = _world.Submit(_world.NewAccountForm());

        request.Reject(_world.MisAdministrator, "No business need.", _world.Business);

        Assert.Equal(AccessRequestStatus.Rejected, request.Status);
        Assert.Equal("No business need.", request.DecisionNote);
    }

    [Fact]
    public void Reject_WhenReasonIsMissing_ThrowsNamingReasonAndLeavesTheRequestSubmitted()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => request.Reject(_world.MisAdministrator, null, _world.Business));

        Assert.Equal("Reason", ex.Field);
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void Reject_WhenAdministratorIsUntrained_ThrowsDes2()
    {
        var untrained = _world.Designate(_world.LocalArea, "Una Untrained", trained: false);
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Reject(untrained, "No business need.", _world.Business));

        Assert.Equal(["DES-2"], ex.Codes);
    }

    [Fact]
    public void Reject_WhenAlreadyRejected_ThrowsReq1()
    {
        var request = _world.Submit(_world.NewAccountForm());
        request.Reject(_world.MisAdministrator, "No business need.", _world.Business);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => request.Reject(_world.MisAdministrator, "Again.", _world.Business));

        Assert.Equal(["REQ-1"], ex.Codes);
    }
}
