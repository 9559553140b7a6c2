using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using AttestationDates = CalJobsConsole.Domain.Attestations.Attestations;

namespace CalJobsConsole.Tests.Domain.Requests;

/// <summary>Submitting a System Access Request (Attachment 3): a form that does not say what its kind needs is refused, naming the field.</summary>
public class AccessRequestSubmissionTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private InvalidInputException SubmitRefused(AccessRequestForm form) =>
        Assert.Throws<InvalidInputException>(() => _world.Submit(form));

    [Theory]
    [InlineData(AccessRequestKind.NewAccount)]
    [InlineData(AccessRequestKind.PasswordReset)]
    [InlineData(AccessRequestKind.PrivilegeUpdate)]
    [InlineData(AccessRequestKind.AnnualRenewal)]
    [InlineData(AccessRequestKind.Deactivation)]
    public void Submit_WhenFormIsCompleteForItsKind_IsSubmittedAwaitingDecision(AccessRequestKind kind)
    {
        var form = kind == AccessRequestKind.NewAccount ? _world.NewAccountForm() : _world.FormFor(_world.CreateAccount(), kind);

        var request = _world.Submit(form);

        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
        Assert.Equal(kind, request.Kind);
        Assert.Equal(_world.RequestorId, request.RequestorId);
        Assert.Equal(_world.Clock.UtcNow, request.SubmittedAt);
        Assert.Null(request.DecidedById);
    }

    [Fact]
    public void Submit_WhenIspaDateIsInTheFuture_ThrowsNamingIspaCompletedOn()
    {
        var attestations = new AttestationDates(Today.AddDays(1),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today));

        var ex = SubmitRefused(_world.NewAccountForm(attestations: attestations));

        Assert.Equal("IspaCompletedOn", ex.Field);
    }

    [Fact]
    public void Submit_WhenConfidentialityStatementIsDatedInTheFuture_ThrowsNamingConfidentialityStatementDate()
    {
        var attestations = new AttestationDates(Today,
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today.AddDays(1)));

        var ex = SubmitRefused(_world.NewAccountForm(attestations: attestations));

        Assert.Equal("ConfidentialityStatementDate", ex.Field);
    }

    [Fact]
    public void Submit_WhenAttestationsAreDatedToday_IsAccepted()
    {
        var attestations = new AttestationDates(Today, ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, Today));

        Assert.Equal(AccessRequestStatus.Submitted, _world.Submit(_world.NewAccountForm(attestations: attestations)).Status);
    }

    [Fact]
    public void Submit_WhenAnActOnAnExistingAccountNamesNoAccount_ThrowsNamingAccountId()
    {
        var form = _world.FormFor(_world.CreateAccount(), AccessRequestKind.PasswordReset) with { AccountId = null };

        Assert.Equal("AccountId", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenNewAccountNamesNoGroup_ThrowsNamingRequestedGroupId()
    {
        var form = _world.NewAccountForm() with { RequestedGroupId = null };

        Assert.Equal("RequestedGroupId", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenPrivilegeUpdateNamesNoGroup_ThrowsNamingRequestedGroupId()
    {
        var form = _world.FormFor(_world.CreateAccount(), AccessRequestKind.PrivilegeUpdate) with { RequestedGroupId = null };

        Assert.Equal("RequestedGroupId", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenNewAccountCarriesNoAttestations_ThrowsNamingAttestations()
    {
        var form = _world.NewAccountForm() with { Attestations = null };

        Assert.Equal("Attestations", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenRenewalCarriesNoAttestations_ThrowsNamingAttestations()
    {
        var form = _world.FormFor(_world.CreateAccount(), AccessRequestKind.AnnualRenewal) with { Attestations = null };

        Assert.Equal("Attestations", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenDeactivationHasNoSeparationDate_ThrowsNamingSeparationDate()
    {
        var form = _world.FormFor(_world.CreateAccount(), AccessRequestKind.Deactivation) with { SeparationDate = null };

        Assert.Equal("SeparationDate", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenRequestorDidNotConfirmTheAttestations_ThrowsNamingRequestorVerifiedAttestations()
    {
        var form = _world.NewAccountForm() with { RequestorVerifiedAttestations = false };

        Assert.Equal("RequestorVerifiedAttestations", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenRequestorDidNotConfirmTheBusinessNeed_ThrowsNamingRequestorVerifiedBusinessNeed()
    {
        var form = _world.NewAccountForm() with { RequestorVerifiedBusinessNeed = false };

        Assert.Equal("RequestorVerifiedBusinessNeed", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenNoRequestorIsGiven_ThrowsNamingRequestorId()
    {
        var ex = Assert.Throws<InvalidInputException>(() => AccessRequest.Submit(Guid.Empty, _world.NewAccountForm(), TestSignatures.Requestor(Guid.NewGuid(), _world.Business), _world.Business));

        Assert.Equal("RequestorId", ex.Field);
    }
}
