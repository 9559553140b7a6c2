using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Inbox;

/// <summary>Approve, return for correction and reject: allowed for a trained administrator in scope, refused with the rule's code otherwise, audited.</summary>
public class InboxDecisionTests : InboxTestBase
{
    [Fact]
    public async Task Approve_WhenTheRequestMeetsEveryPrerequisite_ApprovesAndAuditsIt()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var outcome = await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, await SignedIn.NameOfAsync(Database, World.MisAdministrator.PersonId), Token);

        Assert.True(outcome.Succeeded);
        var (stored, audits) = await StoredAsync(request.Id);
        Assert.Equal(AccessRequestStatus.Approved, stored.Status);
        Assert.Equal(World.MisAdministrator.PersonId, stored.DecidedById);
        Assert.Equal(["AccessRequest.Approved"], audits);
    }

    [Fact]
    public async Task Approve_WhenSignedWithANameThatIsNotTheAdministrators_IsRefusedWithReq1AndStaysSubmitted()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var outcome = await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, "Riley Requestor", Token);

        var refusal = Assert.Single(outcome.BrokenRules);
        Assert.Equal("REQ-1", refusal.Code);
        Assert.Contains("\"Riley Requestor\", is not your name on record; nobody signs a form as another person", refusal.Message);
        Assert.Contains($"\"{World.MisAdministrator.Name}\"", refusal.Remedy);
        var (stored, audits) = await StoredAsync(request.Id);
        Assert.Equal((AccessRequestStatus.Submitted, null), (stored.Status, stored.ApprovalSignature));
        Assert.Empty(audits);
    }

    [Fact]
    public async Task Approve_WhenSignedInTheAdministratorsOwnName_KeepsTheApprovalSignature()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, World.MisAdministrator.Name.ToUpperInvariant(), Token);

        var signature = (await StoredAsync(request.Id)).Request.ApprovalSignature!;
        Assert.Equal((World.MisAdministrator.PersonId, World.Business.UtcNow), (signature.SignerId, signature.SignedAt));
        Assert.Equal(CalJobsConsole.Domain.Signatures.AttestationStatement.RequestApproval, signature.Statement);
    }

    [Fact]
    public async Task Approve_WhenPrerequisitesAreUnmet_IsRefusedWithEveryCode()
    {
        await StoreAsync();
        var request = await SubmitAsync(RefusedAndStaleForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var outcome = await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, await SignedIn.NameOfAsync(Database, World.MisAdministrator.PersonId), Token);

        Assert.Equal(["PRE-1", "PRE-2"], outcome.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, (await StoredAsync(request.Id)).Request.Status);
    }

    [Fact]
    public async Task ReturnForCorrection_WhenANoteIsGiven_ReturnsItWithTheNote()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var outcome = await inbox.ReturnForCorrectionAsync(request.Id, request.Version, Note("Give the ISPA certificate date."), Token);

        Assert.True(outcome.Succeeded);
        var (stored, audits) = await StoredAsync(request.Id);
        Assert.Equal(AccessRequestStatus.ReturnedForCorrection, stored.Status);
        Assert.Equal("Give the ISPA certificate date.", stored.DecisionNote);
        Assert.Equal(["AccessRequest.ReturnedForCorrection"], audits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task ReturnForCorrection_WhenTheNoteIsMissing_IsRefusedAndNothingChanges(string? note)
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());

        var outcome = await Inbox(World.MisAdministrator.PersonId).ReturnForCorrectionAsync(request.Id, request.Version, Note(note), Token);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Write the note the requestor will read.", outcome.Problem);
        Assert.Equal(AccessRequestStatus.Submitted, (await StoredAsync(request.Id)).Request.Status);
    }

    [Fact]
    public async Task Reject_WhenAReasonIsGiven_RejectsItAndAuditsIt()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());

        var outcome = await Inbox(World.MisAdministrator.PersonId).RejectAsync(request.Id, request.Version, Note("Not our staff member."), Token);

        Assert.True(outcome.Succeeded);
        var (stored, audits) = await StoredAsync(request.Id);
        Assert.Equal(AccessRequestStatus.Rejected, stored.Status);
        Assert.Equal(["AccessRequest.Rejected"], audits);
    }

    [Fact]
    public async Task Decisions_WhenTheAdministratorIsUntrained_SeeTheInboxButAreRefusedWithDes2()
    {
        var untrained = Designate(World.LocalArea, "Uma Untrained", trained: false);
        await StoreAsync();
        await AddAdministratorUserAsync(untrained);
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(untrained.PersonId);

        var lines = await inbox.InboxAsync(cancellationToken: Token);
        var opened = await inbox.RequestAsync(request.Id, Token);
        var outcomes = new[]
        {
            await inbox.ApproveAsync(request.Id, opened.Version, untrained.Name, Token),
            await inbox.ReturnForCorrectionAsync(request.Id, opened.Version, Note("Fix it."), Token),
            await inbox.RejectAsync(request.Id, opened.Version, Note("No."), Token),
        };

        Assert.Equal([request.Id], lines.Select(l => l.Id));
        Assert.Equal(["DES-2"], opened.Eligibility.Select(r => r.Code));
        Assert.All(outcomes, o => Assert.Equal(["DES-2"], o.Codes));
        Assert.Empty((await StoredAsync(request.Id)).Audits);
    }

    [Fact]
    public async Task Decisions_WhenTheAdministratorIsSuspended_AreRefusedWithRev1()
    {
        var designationId = World.LocalArea.ActiveDesignations.Single(d => d.PersonId == World.MisAdministrator.PersonId).Id;
        World.LocalArea.SuspendAdministrator(designationId, "Automation found on the account.", World.Clock.Today);
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var opened = await inbox.RequestAsync(request.Id, Token);
        var outcomes = new[]
        {
            await inbox.ApproveAsync(request.Id, opened.Version, World.MisAdministrator.Name, Token),
            await inbox.ReturnForCorrectionAsync(request.Id, opened.Version, Note("Fix it."), Token),
            await inbox.RejectAsync(request.Id, opened.Version, Note("No."), Token),
        };

        Assert.Equal(["REV-1"], opened.Eligibility.Select(r => r.Code));
        Assert.All(outcomes, o => Assert.Equal(["REV-1"], o.Codes));
        Assert.Equal(AccessRequestStatus.Submitted, (await StoredAsync(request.Id)).Request.Status);
    }

    [Fact]
    public async Task Approve_WhenTheRequestIsAnotherAreas_IsRefusedWithSco1()
    {
        var other = Designate(World.OtherLocalArea, "Sam Sacramento");
        await StoreAsync();
        await AddAdministratorUserAsync(other);
        var request = await SubmitAsync(World.NewAccountForm());

        var outcome = await Inbox(other.PersonId).ApproveAsync(request.Id, request.Version, other.Name, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(AccessRequestStatus.Submitted, (await StoredAsync(request.Id)).Request.Status);
    }

    private async Task<(AccessRequest Request, IReadOnlyList<string> Audits)> StoredAsync(Guid requestId)
    {
        await using var db = Database.CreateDbContext();
        var request = await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, Token);
        var audits = await db.AuditRecords.AsNoTracking().Where(a => a.EntityId == requestId && a.Action != "AccessRequest.Submitted")
            .Select(a => a.Action).ToListAsync(Token);
        return (request, audits);
    }
}
