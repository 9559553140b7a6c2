using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>A requestor corrects a request the administrator returned, and only their own.</summary>
public class RequestCorrectionTests : RequestIntakeTestBase
{
    private const string Note = "The E-1 date is missing its year; please check it.";

    private async Task<Guid> SubmitAndReturnAsync()
    {
        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(Complete(AccessRequestKind.AnnualRenewal), Stored.RequestorId), Token);
        Assert.True(outcome.Succeeded);
        await using var db = Database.CreateDbContext();
        var request = await db.AccessRequests.SingleAsync(Token);
        request.ReturnForCorrection(World.MisAdministrator, Note, World.Business);
        await db.SaveChangesAsync(Token);
        return request.Id;
    }

    [Fact]
    public async Task CorrectAsync_WhenTheRequestWasReturned_ResubmitsTheCorrectedFormAndAuditsIt()
    {
        var requestId = await SubmitAndReturnAsync();
        var correction = await Intake(Stored.RequestorId).CorrectionAsync(requestId, Token);
        correction.Model.StatementDate = DaysAgo(2);
        correction.Model.VerifiedAttestations = correction.Model.VerifiedBusinessNeed = true;

        var outcome = await Intake(Stored.RequestorId).CorrectAsync(requestId, await Signed(correction.Model, Stored.RequestorId), Token);

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Codes.Concat(outcome.FieldErrors.Values)));
        var request = await SingleRequestAsync();
        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
        Assert.Equal(World.Clock.Today.AddDays(-2), request.Form.Attestations!.Statement.Date);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "AccessRequest.Corrected" && a.EntityId == requestId, Token));
    }

    [Fact]
    public async Task CorrectionAsync_WhenTheRequestWasReturned_ShowsTheAdministratorsNoteAndTheFormAsSubmitted()
    {
        var requestId = await SubmitAndReturnAsync();

        var correction = await Intake(Stored.RequestorId).CorrectionAsync(requestId, Token);

        Assert.Equal(Note, correction.Note);
        Assert.Equal((AccessRequestKind.AnnualRenewal, Account.Id), (correction.Model.Kind, correction.Model.AccountId));
    }

    [Fact]
    public async Task CorrectAsync_WhenTheRequestIsStillAwaitingADecision_RefusesBesideTheStatus()
    {
        await Intake(Stored.RequestorId).SubmitAsync(await Signed(Complete(AccessRequestKind.PasswordReset), Stored.RequestorId), Token);
        var request = await SingleRequestAsync();

        var outcome = await Intake(Stored.RequestorId).CorrectAsync(request.Id, await Signed(Complete(AccessRequestKind.PasswordReset), Stored.RequestorId), Token);

        Assert.False(outcome.Succeeded);
        Assert.Equal(request.SubmittedAt, (await SingleRequestAsync()).SubmittedAt);
    }

    [Fact]
    public async Task CorrectAsync_WhenAnotherRequestorCorrects_RefusesWithSco1AndChangesNothing()
    {
        var requestId = await SubmitAndReturnAsync();
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var outcome = await Intake(otherRequestor).CorrectAsync(requestId, await Signed(Complete(AccessRequestKind.AnnualRenewal), otherRequestor), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(AccessRequestStatus.ReturnedForCorrection, (await SingleRequestAsync()).Status);
    }

    [Fact]
    public async Task CorrectionAsync_WhenTheRequestIsAnotherRequestors_RefusesWithSco1()
    {
        var requestId = await SubmitAndReturnAsync();
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Intake(otherRequestor).CorrectionAsync(requestId, Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }
}
