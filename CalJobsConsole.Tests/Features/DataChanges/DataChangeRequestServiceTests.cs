using CalJobsConsole.Tests.Support;
using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.DataChanges;

/// <summary>DCR-1 on the server: filing, the administrator's signature (never their own request), SCO-1, the Operations Unit's view.</summary>
public class DataChangeRequestServiceTests : DataChangeTestBase
{
    [Fact]
    public async Task FileAsync_WhenTheRequestorFilesForTheirArea_SavesItAndTellsTheAreaAdministrators()
    {
        var outcome = await Service(World.RequestorId).FileAsync(CompleteModel(), Token);

        Assert.True(outcome.Succeeded);
        var mine = (await Service(World.RequestorId).MineAsync(cancellationToken: Token)).Lines;
        Assert.Equal(DataChangeStatus.Submitted, Assert.Single(mine).Status);
        var sent = Assert.Single(Notifications.Sent);
        Assert.Equal("DataChangeRequestFiled", sent.Kind);
        Assert.Equal(new[] { Morgan, Parker.PersonId }.Order(), sent.To.Select(r => r.UserId!.Value).Order());
    }

    [Fact]
    public async Task FileAsync_WhenEveryFieldIsMissing_ReportsEachRequiredFieldAndSavesNothing()
    {
        var outcome = await Service(World.RequestorId).FileAsync(new(), Token);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["FieldName", "ParticipantReference", "Place", "Reason", "RequestedValue"], outcome.FieldErrors.Keys.Order().ToList());
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("ParticipantReference")]
    [InlineData("FieldName")]
    [InlineData("CurrentValue")]
    [InlineData("RequestedValue")]
    [InlineData("Reason")]
    public async Task FileAsync_WhenAFieldHoldsAnSsn_RefusesItOnThatFieldAndSavesNothing(string field)
    {
        var model = CompleteModel();
        typeof(CalJobsConsole.App.Features.DataChanges.DataChangeRequestModel).GetProperty(field)!.SetValue(model, "ssn 123-45-6789");

        var outcome = await Service(World.RequestorId).FileAsync(model, Token);

        Assert.Contains("Social Security number", outcome.FieldErrors[field]);
        Assert.Equal(0, await CountAsync());
        Assert.Empty(Notifications.Sent);
    }

    [Fact]
    public async Task FileAsync_WhenTheOfficeIsOfAnotherArea_IsRefusedWithSco1()
    {
        var model = CompleteModel();
        model.Place = new(World.OtherLocalArea.Id, World.OtherOffice.Id, "Sacramento Works");

        var outcome = await Service(World.RequestorId).FileAsync(model, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task FileAsync_WhenTheUserIsNeitherStaffNorRequestor_IsRefusedWithSco1()
    {
        var outcome = await Service(Stored.OperationsUnitUserId).FileAsync(CompleteModel(), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
    }

    [Fact]
    public async Task SignAsync_WhenAnAdministratorSignsTheirOwnDataChangeRequest_IsRefusedWithDcr1AndStaysSubmitted()
    {
        var request = await StoredRequestAsync(Morgan);

        var outcome = await Service(Morgan).SignAsync(request.Id, await SignedIn.NameOfAsync(Database, Morgan), Token);

        Assert.Equal(["DCR-1"], outcome.Codes);
        Assert.Contains("Another administrator of the area must sign", outcome.BrokenRules[0].Remedy);
        Assert.Equal(DataChangeStatus.Submitted, (await ReloadAsync(request.Id)).Status);
    }

    [Fact]
    public async Task SignAsync_WhenSignedWithANameThatIsNotTheAdministrators_IsRefusedWithDcr1AndStaysSubmitted()
    {
        var request = await StoredRequestAsync(Morgan);

        var outcome = await Service(Parker.PersonId).SignAsync(request.Id, "Morgan MIS", Token);

        var refusal = Assert.Single(outcome.BrokenRules);
        Assert.Equal("DCR-1", refusal.Code);
        Assert.Contains("\"Morgan MIS\", is not your name on record; nobody signs a form as another person", refusal.Message);
        var stored = await ReloadAsync(request.Id);
        Assert.Equal((DataChangeStatus.Submitted, null), (stored.Status, stored.Signature));
    }

    [Fact]
    public async Task SignAsync_WhenAnotherAdministratorOfTheAreaSignsIt_IsSignedAndTheFilerAndOperationsUnitAreTold()
    {
        var request = await StoredRequestAsync(Morgan);

        var outcome = await Service(Parker.PersonId).SignAsync(request.Id, await SignedIn.NameOfAsync(Database, Parker.PersonId), Token);

        Assert.True(outcome.Succeeded);
        var signed = await ReloadAsync(request.Id);
        Assert.Equal(DataChangeStatus.Signed, signed.Status);
        Assert.Equal(World.Clock.Today, signed.SignedOn);
        var sent = Assert.Single(Notifications.Sent);
        Assert.Contains(sent.To, r => r.UserId == Morgan);
        Assert.Contains(sent.To, r => r.UserId == Stored.OperationsUnitUserId);
    }

    [Fact]
    public async Task SignAsync_WhenTheAdministratorIsOfAnotherArea_IsRefusedWithSco1()
    {
        var request = await StoredRequestAsync(World.RequestorId);

        var outcome = await Service(Olive.PersonId).SignAsync(request.Id, await SignedIn.NameOfAsync(Database, Olive.PersonId), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(DataChangeStatus.Submitted, (await ReloadAsync(request.Id)).Status);
    }

    [Fact]
    public async Task SignAsync_WhenTheUserHoldsNoSeat_IsRefusedWithSco1()
    {
        var request = await StoredRequestAsync(Morgan);

        var outcome = await Service(World.RequestorId).SignAsync(request.Id, "Riley", Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
    }

    [Fact]
    public async Task DeclineAsync_WhenAlreadySigned_IsRefusedWithDcr1()
    {
        var request = await StoredRequestAsync(World.RequestorId);
        await Service(Morgan).SignAsync(request.Id, await SignedIn.NameOfAsync(Database, Morgan), Token);

        var outcome = await Service(Parker.PersonId).DeclineAsync(request.Id, "Changed my mind.", Token);

        Assert.Equal(["DCR-1"], outcome.Codes);
        Assert.Equal(DataChangeStatus.Signed, (await ReloadAsync(request.Id)).Status);
    }

    [Fact]
    public async Task DeclineAsync_WhenTheAreaAdministratorDeclines_TellsTheFilerTheReason()
    {
        var request = await StoredRequestAsync(World.RequestorId);

        var outcome = await Service(Morgan).DeclineAsync(request.Id, "No document supports the new date.", Token);

        Assert.True(outcome.Succeeded);
        var sent = Assert.Single(Notifications.Sent);
        Assert.Equal(World.RequestorId, Assert.Single(sent.To).UserId);
        Assert.Contains("No document supports the new date.", sent.Body);
    }

    [Fact]
    public async Task QueueAsync_WhenTheAdministratorFiledARequest_ShowsItWithTheDcr1ReasonBeforeAnyClick()
    {
        var own = await StoredRequestAsync(Morgan);
        var other = await StoredRequestAsync(World.RequestorId);

        var queue = (await Service(Morgan).QueueAsync(cancellationToken: Token)).Lines;

        Assert.Equal(["DCR-1"], queue.Single(l => l.Id == own.Id).Blocked.Select(r => r.Code).ToList());
        Assert.True(queue.Single(l => l.Id == other.Id).MayDecide);
        Assert.Empty((await Service(Olive.PersonId).QueueAsync(cancellationToken: Token)).Lines);
    }

    [Fact]
    public async Task SignedAsync_WhenTheOperationsUnitReads_SeesOnlySignedRequestsOfEveryArea()
    {
        var signed = await StoredRequestAsync(World.RequestorId);
        var declined = await StoredRequestAsync(World.RequestorId);
        await StoredRequestAsync(World.RequestorId);
        await Service(Morgan).SignAsync(signed.Id, await SignedIn.NameOfAsync(Database, Morgan), Token);
        await Service(Morgan).DeclineAsync(declined.Id, "Duplicate.", Token);

        var lines = (await Service(Stored.OperationsUnitUserId).SignedAsync(cancellationToken: Token)).Lines;

        Assert.Equal(signed.Id, Assert.Single(lines).Id);
        var detail = await Service(Stored.OperationsUnitUserId).DetailAsync(signed.Id, Token);
        Assert.Equal("Morgan MIS", detail.SignatureName);
        await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() =>
            Service(Stored.OperationsUnitUserId).DetailAsync(declined.Id, Token));
    }

    [Fact]
    public async Task SignedAsync_WhenAnAdministratorAsks_IsRefusedWithSco1()
    {
        var ex = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() => Service(Morgan).SignedAsync(cancellationToken: Token));

        Assert.Equal(["SCO-1"], ex.Codes);
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.DataChangeRequests.CountAsync(Token);
    }

    private async Task<DataChangeRequest> ReloadAsync(Guid id)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataChangeRequests.AsNoTracking().SingleAsync(r => r.Id == id, Token);
    }
}
