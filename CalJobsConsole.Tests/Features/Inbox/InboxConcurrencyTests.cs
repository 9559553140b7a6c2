using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Inbox;

/// <summary>Two administrators of one area decide the same request at once: one wins, the other is told it changed.</summary>
public class InboxConcurrencyTests : InboxTestBase
{
    public static TheoryData<int> Rounds => new(Enumerable.Range(1, 5));

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task Approve_WhenTwoAdministratorsApproveTheSameRequestAtOnce_ExactlyOneSucceedsAndItIsDecidedOnce(int round)
    {
        var second = Designate(World.LocalArea, $"Second Admin {round}");
        await StoreAsync();
        await AddAdministratorUserAsync(second);
        var request = await SubmitAsync(World.NewAccountForm());
        var inboxes = new[] { Inbox(World.MisAdministrator.PersonId), Inbox(second.PersonId) };
        var versions = new List<int>();
        foreach (var inbox in inboxes)
            versions.Add((await inbox.RequestAsync(request.Id, Token)).Version);
        var names = new[] { await SignedIn.NameOfAsync(Database, World.MisAdministrator.PersonId), await SignedIn.NameOfAsync(Database, second.PersonId) };
        using var start = new ManualResetEventSlim(false);

        var approvals = inboxes.Select((inbox, i) => Task.Run(async () =>
        {
            start.Wait(Token);
            return await inbox.ApproveAsync(request.Id, versions[i], names[i], Token);
        }, Token)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(approvals);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => o.WasChanged && o.Problem == ActOutcome.ChangedMessage);
        await using var db = Database.CreateDbContext();
        Assert.Equal(AccessRequestStatus.Approved, (await db.AccessRequests.SingleAsync(Token)).Status);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "AccessRequest.Approved", Token));
    }

    [Fact]
    public async Task Reject_WhenTheRequestWasApprovedAfterItWasOpened_IsToldItChangedAndNothingHappens()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);
        var opened = await inbox.RequestAsync(request.Id, Token);
        Assert.True((await inbox.ApproveAsync(request.Id, opened.Version, await SignedIn.NameOfAsync(Database, World.MisAdministrator.PersonId), Token)).Succeeded);

        var outcome = await inbox.RejectAsync(request.Id, opened.Version, Note("Changed my mind."), Token);

        Assert.True(outcome.WasChanged);
        await using var db = Database.CreateDbContext();
        Assert.Equal(AccessRequestStatus.Approved, (await db.AccessRequests.SingleAsync(Token)).Status);
    }
}
