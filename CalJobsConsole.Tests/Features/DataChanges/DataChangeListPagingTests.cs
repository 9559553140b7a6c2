using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Features.Lists;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.DataChanges;

/// <summary>The data change queue and the signed list are scoped, ordered, counted and paged in the database (issue 17).</summary>
public class DataChangeListPagingTests : DataChangeTestBase
{
    [Fact]
    public async Task Queue_WhenSixtyRequestsOfTheAreaAndSomeOfAnother_PageTwoHoldsTheNext25AndOnlyThisAreasOnesAreCounted()
    {
        var waiting = await StoreAsync(30, World.LocalArea.Id, World.PartnerOffice.Id);
        var signed = await StoreAsync(30, World.LocalArea.Id, World.PartnerOffice.Id, r => r.Sign(World.MisAdministrator, TestSignatures.DataChange(World.MisAdministrator, World.Business), World.Business));
        var elsewhere = await StoreAsync(5, World.OtherLocalArea.Id, World.OtherOffice.Id);
        var contexts = new CapturingContextFactory(Database);
        var service = new CalJobsConsole.App.Features.DataChanges.DataChangeRequestService(contexts, SignedIn.ScopeFor(Database, Morgan), World.Business,
            Notifications, Microsoft.Extensions.Logging.Abstractions.NullLogger<CalJobsConsole.App.Features.DataChanges.DataChangeRequestService>.Instance);

        var second = await service.QueueAsync(2, Token);
        var other = await Service(Olive.PersonId).QueueAsync(1, Token);

        Assert.Equal((60, 3), (second.Total, second.PageCount));
        // Waiting ones oldest first fill page one and the first five rows of page two; then the signed ones, newest first.
        Assert.Equal(waiting.Skip(25).Concat(signed.AsEnumerable().Reverse().Take(20)).Select(r => r.Id), second.Lines.Select(l => l.Id));
        Assert.Equal(elsewhere.Select(r => r.Id), other.Lines.Select(l => l.Id));
        Assert.Contains(contexts.Commands, c => c.Contains("FROM \"DataChangeRequests\"") && c.Contains("LIMIT @") && c.Contains("OFFSET @"));
    }

    [Fact]
    public async Task Signed_WhenSixtySignedAmongOthers_CountsOnlyTheSignedAndPagesThemNewestFirst()
    {
        await StoreAsync(10, World.LocalArea.Id, World.PartnerOffice.Id);
        var signed = await StoreAsync(60, World.LocalArea.Id, World.PartnerOffice.Id, r => r.Sign(World.MisAdministrator, TestSignatures.DataChange(World.MisAdministrator, World.Business), World.Business));

        var third = await Service(Stored.OperationsUnitUserId).SignedAsync(3, Token);

        Assert.Equal(60, third.Total);
        Assert.Equal(signed.Take(10).Reverse().Select(r => r.Id), third.Lines.Select(l => l.Id));
    }

    /// <summary>Requests filed a minute apart by the requestor (decided a minute apart when <paramref name="decide"/> is given).</summary>
    private async Task<List<DataChangeRequest>> StoreAsync(int count, Guid areaId, Guid officeId, Action<DataChangeRequest>? decide = null)
    {
        var requests = new List<DataChangeRequest>();
        for (var i = 0; i < count; i++)
        {
            requests.Add(DataChangeRequest.File(World.RequestorId, areaId, officeId, $"CJ-{i:D7}", "Veteran status", "No", "Yes", "DD-214 seen.", World.Business));
            World.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        foreach (var request in requests)
        {
            decide?.Invoke(request);
            World.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await using var db = Database.CreateDbContext();
        db.DataChangeRequests.AddRange(requests);
        await db.SaveChangesAsync(Token);
        return requests;
    }
}

/// <summary>The assistance contact log is scoped, ordered (newest contact first), counted and paged in the database (issue 17).</summary>
public class AssistanceContactPagingTests : DataChangeTestBase
{
    [Fact]
    public async Task List_WhenSixtyContactsOfTheAreaAndSomeOfAnother_PageTwoHoldsTheNext25NewestFirst()
    {
        var local = new List<ParticipantAssistanceContact>();
        await using (var db = Database.CreateDbContext())
        {
            for (var i = 0; i < 65; i++)
            {
                var contact = ParticipantAssistanceContact.Record(i < 60 ? World.LocalArea.Id : World.OtherLocalArea.Id, Morgan, "Pat Staff",
                    World.Clock.Today.AddDays(-i), $"48{i:D5}", AssistanceKind.DataValidation, null, World.Business);
                if (i < 60)
                    local.Add(contact);
                db.ParticipantAssistanceContacts.Add(contact);
            }
            await db.SaveChangesAsync(Token);
        }

        var second = await Contacts(Parker.PersonId).ListAsync(2, Token);

        Assert.Equal((60, 3), (second.Total, second.PageCount));
        Assert.Equal(local.Skip(25).Take(25).Select(c => c.Id), second.Lines.Select(l => l.Id));
        Assert.Equal(5, (await Contacts(Olive.PersonId).ListAsync(1, Token)).Total);
    }
}
