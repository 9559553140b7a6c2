using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>Submitting the five kinds of System Access Request (REQ-1), within the requestor's scope (SCO-1).</summary>
public class RequestIntakeServiceTests : RequestIntakeTestBase
{
    [Fact]
    public async Task SubmitAsync_WhenSignedWithANameThatIsNotTheRequestors_IsRefusedWithReq1AndSavesNothing()
    {
        var model = Complete(AccessRequestKind.NewAccount);
        model.SignatureName = "Morgan MIS";

        var outcome = await Intake(Stored.RequestorId).SubmitAsync(model, Token);

        var refusal = Assert.Single(outcome.BrokenRules);
        Assert.Equal("REQ-1", refusal.Code);
        Assert.Contains("\"Morgan MIS\", is not your name on record; nobody signs a form as another person", refusal.Message);
        Assert.Contains("\"Riley Requestor\"", refusal.Remedy);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.AccessRequests.AnyAsync(Token));
    }

    [Fact]
    public async Task SubmitAsync_WhenSignedInTheRequestorsOwnName_KeepsTheRequestorsSignature()
    {
        Assert.True((await Intake(Stored.RequestorId).SubmitAsync(await Signed(Complete(AccessRequestKind.NewAccount), Stored.RequestorId), Token)).Succeeded);

        var signature = (await SingleRequestAsync()).RequestorSignature!;
        Assert.Equal((Stored.RequestorId, "Riley Requestor"), (signature.SignerId, signature.SignerName));
        Assert.Equal(AttestationStatement.AccessRequest, signature.Statement);
    }

    [Theory]
    [InlineData(AccessRequestKind.NewAccount)]
    [InlineData(AccessRequestKind.PasswordReset)]
    [InlineData(AccessRequestKind.PrivilegeUpdate)]
    [InlineData(AccessRequestKind.AnnualRenewal)]
    [InlineData(AccessRequestKind.Deactivation)]
    public async Task SubmitAsync_WhenTheRequestorFilesEachKind_SavesASubmittedRequestAndAuditsIt(AccessRequestKind kind)
    {
        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(Complete(kind), Stored.RequestorId), Token);

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Codes.Concat(outcome.FieldErrors.Values)));
        var request = await SingleRequestAsync();
        Assert.Equal((kind, AccessRequestStatus.Submitted, Stored.RequestorId), (request.Kind, request.Status, request.RequestorId));
        Assert.Equal(World.LocalArea.Id, request.AreaId);
        Assert.Equal(kind == AccessRequestKind.NewAccount ? null : Account.Id, request.AccountId);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "AccessRequest.Submitted" && a.EntityId == request.Id, Token));
    }

    [Fact]
    public async Task SubmitAsync_WhenTheStaffAreWsbStaff_FilesToTheOfficesServingDivision()
    {
        var model = Complete(AccessRequestKind.NewAccount);
        model.StaffKind = StaffKind.Edd;
        model.WsbStaff = true;

        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(model, Stored.RequestorId), Token);

        Assert.True(outcome.Succeeded);
        Assert.Equal(World.Division.Id, (await SingleRequestAsync()).AreaId);
    }

    [Fact]
    public async Task SubmitAsync_WhenTheUserIsNotARequestor_RefusesWithSco1AndSavesNothing()
    {
        var outcome = await Intake(World.MisAdministrator.PersonId).SubmitAsync(await Signed(Complete(AccessRequestKind.NewAccount), World.MisAdministrator.PersonId), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(0, await RequestCountAsync());
    }

    [Fact]
    public async Task SubmitAsync_WhenTheAccountIsAnotherRequestorsStaff_RefusesWithSco1AndSavesNothing()
    {
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var outcome = await Intake(otherRequestor).SubmitAsync(await Signed(Complete(AccessRequestKind.Deactivation), otherRequestor), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(0, await RequestCountAsync());
    }

    [Fact]
    public async Task SubmitAsync_WhenTheOfficeDoesNotExist_NamesTheOfficeFieldAndSavesNothing()
    {
        var model = Complete(AccessRequestKind.NewAccount);
        model.OfficeId = Guid.NewGuid();

        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(model, Stored.RequestorId), Token);

        Assert.Contains(nameof(RequestFormModel.OfficeId), outcome.FieldErrors.Keys);
        Assert.Equal(0, await RequestCountAsync());
    }

    [Fact]
    public async Task SubmitAsync_WhenTheFormIsIncomplete_ReturnsEveryFieldProblemAndSavesNothing()
    {
        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(new RequestFormModel { Kind = AccessRequestKind.AnnualRenewal }, Stored.RequestorId), Token);

        Assert.Contains(nameof(RequestFormModel.AccountId), outcome.FieldErrors.Keys);
        Assert.Contains(nameof(RequestFormModel.StatementDate), outcome.FieldErrors.Keys);
        Assert.Contains(nameof(RequestFormModel.VerifiedBusinessNeed), outcome.FieldErrors.Keys);
        Assert.Equal(0, await RequestCountAsync());
    }

    [Fact]
    public async Task SubmitAsync_WhenTheIspaDateIsInTheFuture_PutsTheDomainMessageBesideTheIspaField()
    {
        var model = Complete(AccessRequestKind.NewAccount);
        model.IspaCompletedOn = DaysAgo(-3);

        var outcome = await Intake(Stored.RequestorId).SubmitAsync(await Signed(model, Stored.RequestorId), Token);

        Assert.Contains(nameof(RequestFormModel.IspaCompletedOn), outcome.FieldErrors.Keys);
        Assert.Equal(0, await RequestCountAsync());
    }

    [Fact]
    public async Task SubmitAsync_WhenTheStatementWasRefused_RecordsTheRefusal()
    {
        var model = Complete(AccessRequestKind.NewAccount);
        model.StatementRefused = true;

        await Intake(Stored.RequestorId).SubmitAsync(await Signed(model, Stored.RequestorId), Token);

        Assert.True((await SingleRequestAsync()).Form.Attestations!.Statement.Refused);
    }

    [Fact]
    public async Task OptionsAsync_WhenAnotherRequestorAsks_OffersNoneOfThisRequestorsStaff()
    {
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var mine = await Intake(Stored.RequestorId).OptionsAsync(Token);
        var theirs = await Intake(otherRequestor).OptionsAsync(Token);

        Assert.Equal([Account.Id], mine.Staff.Select(s => s.AccountId));
        Assert.Empty(theirs.Staff);
        Assert.Equal(3, mine.Offices.Count);
    }

    [Fact]
    public async Task MineAsync_WhenAnotherRequestorFiled_ListsOnlyOwnRequests()
    {
        await Intake(Stored.RequestorId).SubmitAsync(await Signed(Complete(AccessRequestKind.PasswordReset), Stored.RequestorId), Token);
        var otherRequestor = await SignedIn.AddUserAsync(Database, "Quinn Other", ConsoleRoles.Requestor);

        var mine = await Intake(Stored.RequestorId).MineAsync(Token);
        var theirs = await Intake(otherRequestor).MineAsync(Token);

        Assert.Equal(AccessRequestKind.PasswordReset, Assert.Single(mine).Kind);
        Assert.Empty(theirs);
    }
}
