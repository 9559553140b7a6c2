using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Requests;

/// <summary>The requestor who submitted a returned request corrects and resubmits it.</summary>
public class AccessRequestCorrectionTests
{
    private readonly World _world = new();

    private AccessRequest Returned()
    {
        var request = _world.Submit(_world.NewAccountForm());
        request.ReturnForCorrection(_world.MisAdministrator, "Add the business need.", _world.Business);
        return request;
    }

    [Fact]
    public void Correct_WhenRequestorCorrectsAReturnedRequest_IsSubmittedAgainWithTheNewForm()
    {
        var request = Returned();
        _world.Clock.AdvanceDays(1);
        var corrected = _world.NewAccountForm() with { BusinessNeed = "WIOA Title I case management at Auburn." };

        request.Correct(_world.RequestorId, corrected, TestSignatures.Requestor(_world.RequestorId, _world.Business), _world.Business);

        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
        Assert.Equal("WIOA Title I case management at Auburn.", request.Form.BusinessNeed);
        Assert.Equal(_world.Clock.UtcNow, request.SubmittedAt);
    }

    [Fact]
    public void Correct_WhenCorrectedRequestIsApproved_IsApproved()
    {
        var request = Returned();
        request.Correct(_world.RequestorId, _world.NewAccountForm(), TestSignatures.Requestor(_world.RequestorId, _world.Business), _world.Business);

        request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, _world.Business), _world.Business, _world.Policy);

        Assert.Equal(AccessRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Correct_WhenAnotherPersonCorrects_ThrowsNamingRequestorId()
    {
        var request = Returned();

        var ex = Assert.Throws<InvalidInputException>(() => request.Correct(Guid.NewGuid(), _world.NewAccountForm(), TestSignatures.Requestor(Guid.NewGuid(), _world.Business), _world.Business));

        Assert.Equal("RequestorId", ex.Field);
        Assert.Equal(AccessRequestStatus.ReturnedForCorrection, request.Status);
    }

    [Fact]
    public void Correct_WhenRequestWasNotReturned_ThrowsNamingStatus()
    {
        var request = _world.Submit(_world.NewAccountForm());

        var ex = Assert.Throws<InvalidInputException>(() => request.Correct(_world.RequestorId, _world.NewAccountForm(), TestSignatures.Requestor(_world.RequestorId, _world.Business), _world.Business));

        Assert.Equal("Status", ex.Field);
    }

    [Fact]
    public void Correct_WhenTheCorrectionChangesTheKind_ThrowsNamingKind()
    {
        var request = Returned();
        var otherKind = _world.NewAccountForm() with { Kind = AccessRequestKind.PasswordReset, AccountId = Guid.NewGuid() };

        var ex = Assert.Throws<InvalidInputException>(() => request.Correct(_world.RequestorId, otherKind, TestSignatures.Requestor(_world.RequestorId, _world.Business), _world.Business));

        Assert.Equal("Kind", ex.Field);
    }

    [Fact]
    public void Correct_WhenTheCorrectedFormIsIncomplete_ThrowsNamingTheFieldAndStaysReturned()
    {
        var request = Returned();

        var ex = Assert.Throws<InvalidInputException>(() =>
            request.Correct(_world.RequestorId, _world.NewAccountForm() with { RequestedGroupId = null }, TestSignatures.Requestor(_world.RequestorId, _world.Business), _world.Business));

        Assert.Equal("RequestedGroupId", ex.Field);
        Assert.Equal(AccessRequestStatus.ReturnedForCorrection, request.Status);
    }
}
