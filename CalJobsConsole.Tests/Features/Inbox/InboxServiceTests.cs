using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Inbox;

/// <summary>The inbox lists the administrator's requests oldest first, filtered in the query, within area and coverage (SCO-1).</summary>
public class InboxServiceTests : InboxTestBase
{
    [Fact]
    public async Task Inbox_WhenRequestsWereSubmittedOverTime_ListsThemOldestFirst()
    {
        await StoreAsync();
        var first = await SubmitAsync(World.NewAccountForm());
        var second = await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Quinn Second") });
        var third = await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Rory Third") });

        var lines = await Inbox(World.MisAdministrator.PersonId).InboxAsync(cancellationToken: Token);

        Assert.Equal([first.Id, second.Id, third.Id], lines.Select(l => l.Id));
    }

    [Fact]
    public async Task Inbox_WhenFilteredByKindAndStatus_ListsOnlyMatchingRequests()
    {
        await StoreAsync();
        var account = World.CreateAccount();
        await using (var db = Database.CreateDbContext())
        {
            db.StaffAccounts.Add(account);
            await db.SaveChangesAsync(Token);
        }
        var newAccount = await SubmitAsync(World.NewAccountForm());
        var reset = await SubmitAsync(World.FormFor(account, AccessRequestKind.PasswordReset));
        var rejected = await SubmitAsync(World.FormFor(account, AccessRequestKind.PasswordReset));
        var inbox = Inbox(World.MisAdministrator.PersonId);
        var opened = await inbox.RequestAsync(rejected.Id, Token);
        Assert.True((await inbox.RejectAsync(rejected.Id, opened.Version, Note("Duplicate of another request."), Token)).Succeeded);

        var resets = await inbox.InboxAsync(AccessRequestKind.PasswordReset, cancellationToken: Token);
        var awaiting = await inbox.InboxAsync(status: AccessRequestStatus.Submitted, cancellationToken: Token);
        var awaitingResets = await inbox.InboxAsync(AccessRequestKind.PasswordReset, AccessRequestStatus.Submitted, Token);

        Assert.Equal([reset.Id, rejected.Id], resets.Select(l => l.Id));
        Assert.Equal([newAccount.Id, reset.Id], awaiting.Select(l => l.Id));
        Assert.Equal([reset.Id], awaitingResets.Select(l => l.Id));
    }

    [Fact]
    public async Task Inbox_WhenTheSpocCoversOneOffice_ListsOnlyThatOfficesRequests()
    {
        var covering = Designate(World.Division, "Casey Covering", coverage: SpocCoverage.Offices([World.WsbOnlyOffice.Id]));
        await StoreAsync();
        await AddAdministratorUserAsync(covering);
        var covered = await SubmitAsync(World.NewAccountForm(wsb: true));
        var elsewhere = await SubmitAsync(World.NewAccountForm(wsb: true) with { OfficeId = World.OtherOffice.Id });

        var lines = await Inbox(covering.PersonId).InboxAsync(cancellationToken: Token);
        var wholeDivision = await Inbox(World.Spoc.PersonId).InboxAsync(cancellationToken: Token);

        Assert.Equal([covered.Id], lines.Select(l => l.Id));
        Assert.Equal([covered.Id, elsewhere.Id], wholeDivision.Select(l => l.Id));
        var refused = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(
            () => Inbox(covering.PersonId).RequestAsync(elsewhere.Id, Token));
        Assert.Equal(["SCO-1"], refused.BrokenRules.Select(r => r.Code));
    }

    [Fact]
    public async Task Request_WhenTheIdIsAnotherAreasRequest_IsRefusedWithSco1AndNoData()
    {
        var other = Designate(World.OtherLocalArea, "Sam Sacramento");
        await StoreAsync();
        await AddAdministratorUserAsync(other);
        var request = await SubmitAsync(World.NewAccountForm());

        var refused = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(
            () => Inbox(other.PersonId).RequestAsync(request.Id, Token));
        var lines = await Inbox(other.PersonId).InboxAsync(cancellationToken: Token);

        Assert.Equal(["SCO-1"], refused.BrokenRules.Select(r => r.Code));
        Assert.DoesNotContain("Pat Staff", refused.Message);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task Request_WhenTheStatementWasRefusedAndIspaIsStale_ListsEveryUnmetPrerequisite()
    {
        await StoreAsync();
        var request = await SubmitAsync(RefusedAndStaleForm());

        var opened = await Inbox(World.MisAdministrator.PersonId).RequestAsync(request.Id, Token);

        Assert.Equal(["PRE-1", "PRE-2"], opened.Eligibility.Select(r => r.Code));
        Assert.All(opened.Eligibility, r => Assert.False(string.IsNullOrWhiteSpace(r.Remedy)));
    }

    [Fact]
    public async Task Request_WhenEverythingIsMet_ListsNoUnmetPrerequisite()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());

        var opened = await Inbox(World.MisAdministrator.PersonId).RequestAsync(request.Id, Token);

        Assert.Empty(opened.Eligibility);
        Assert.True(opened.AwaitsDecision);
    }

    [Fact]
    public async Task Request_OpenedByTheOperationsUnit_IsReadOnlyAndItsDecisionsStayWithTheAdministrator()
    {
        var stored = await StoredWorld.CreateAsync(Database, World);
        var request = await SubmitAsync(World.NewAccountForm());
        var operations = Inbox(stored.OperationsUnitUserId);

        var opened = await operations.RequestAsync(request.Id, Token);
        var approve = await operations.ApproveAsync(request.Id, opened.Version, "Olivia Operations", Token);

        Assert.True(opened.ViewOnly);
        Assert.False(opened.AwaitsDecision);
        Assert.Empty(opened.Eligibility);
        Assert.Equal(World.LocalArea.Name, opened.AreaName);
        Assert.Equal(["SCO-1"], approve.Codes);
        Assert.False((await Inbox(World.MisAdministrator.PersonId).RequestAsync(request.Id, Token)).ViewOnly);
    }
}
