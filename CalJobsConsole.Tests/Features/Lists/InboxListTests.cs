using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.Tests.Features.Inbox;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>The inbox as a list: one page read with LIMIT/OFFSET, every area for the Operations Unit, search as plain text.</summary>
public class InboxListTests : InboxTestBase
{
    [Fact]
    public async Task Page_WhenThirtyRequestsMatch_ReadsOnlyThePagesRowsWithLimitAndOffset()
    {
        await StoreAsync();
        for (var i = 0; i < 30; i++)
            await SubmitAsync(World.NewAccountForm());
        var contexts = new Lists.CapturingContextFactory(Database);
        var inbox = new InboxService(contexts, SignedIn.ScopeFor(Database, World.MisAdministrator.PersonId), World.Business, World.Policy,
            TestFiling.In(Database, World.Business));

        var page = await inbox.PageAsync(new InboxFilter(Page: "2"), Token);

        Assert.Equal((30, 5, 2), (page.Total, page.Lines.Count, page.Page));
        var select = Assert.Single(contexts.Commands, c => c.Contains("FROM \"AccessRequests\"") && !c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LIMIT @", select);
        Assert.Contains("OFFSET @", select);
    }

    [Fact]
    public async Task Page_WhenTheOperationsUnitOpensIt_ListsEveryAreaWhileTheAdministratorKeepsToTheirs()
    {
        var stored = await StoredWorld.CreateAsync(Database, World);
        var local = await SubmitAsync(World.NewAccountForm());
        var wsb = await SubmitAsync(World.NewAccountForm(wsb: true));

        var all = await Inbox(stored.OperationsUnitUserId).PageAsync(new InboxFilter(), Token);
        var administrators = await Inbox(World.MisAdministrator.PersonId).PageAsync(new InboxFilter(), Token);
        var spocsOfLocal = await Inbox(World.Spoc.PersonId).PageAsync(new InboxFilter(Area: World.LocalArea.Id.ToString()), Token);

        Assert.Equal([local.Id, wsb.Id], all.Lines.Select(l => l.Id));
        Assert.Equal([local.Id], administrators.Lines.Select(l => l.Id));
        Assert.Empty(spocsOfLocal.Lines);
    }

    [Theory]
    [InlineData("o'brien", "Pat O'Brien")]
    [InlineData("100%", "Ann 100% Sure")]
    [InlineData("<b>", "Lee <b>Bold</b>")]
    [InlineData("'; DROP TABLE AccessRequests; --", null)]
    public async Task Page_WhenSearchedWithQuotesWildcardsOrMarkup_MatchesThemLiterally(string search, string? expectedName)
    {
        await StoreAsync();
        foreach (var name in new[] { "Pat O'Brien", "Ann 100% Sure", "Ann 1000 Sure", "Lee <b>Bold</b>" })
            await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact(name) });
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var page = await inbox.PageAsync(new InboxFilter(Q: search), Token);

        Assert.Equal(expectedName is null ? [] : [expectedName], page.Lines.Select(l => l.StaffName));
        Assert.Equal(4, (await inbox.PageAsync(new InboxFilter(), Token)).Total);
    }

    [Fact]
    public async Task Page_WhenSortedByNameDescending_OrdersInTheDatabase()
    {
        await StoreAsync();
        foreach (var name in new[] { "Blake B", "Avery A", "Casey C" })
            await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact(name) });

        var page = await Inbox(World.MisAdministrator.PersonId).PageAsync(new InboxFilter(Sort: "name", Desc: "true"), Token);

        Assert.Equal(["Casey C", "Blake B", "Avery A"], page.Lines.Select(l => l.StaffName));
    }

    [Fact]
    public async Task Page_WhenStatusAndSortAreUnknown_ShowsEveryStatusWithNotes()
    {
        await StoreAsync();
        await SubmitAsync(World.NewAccountForm());

        var page = await Inbox(World.MisAdministrator.PersonId).PageAsync(new InboxFilter(Status: "Nope", Sort: "1;--"), Token);

        Assert.Single(page.Lines);
        Assert.Equal(2, page.Notes.Count);
    }

    [Fact]
    public async Task Page_FilteredToOpenEscalations_ListsOnlyRequestsWaitingForTheOperationsUnit()
    {
        await StoreAsync();
        await SubmitAsync(World.NewAccountForm());
        var approved = World.Approved(World.NewAccountForm(group: CalJobsConsole.Domain.Privileges.DirectivePrivilegeGroups.Dvop));
        var escalation = CalJobsConsole.Domain.Escalations.Escalation.Raise(approved, World.MisAdministrator,
            World.Group(CalJobsConsole.Domain.Privileges.DirectivePrivilegeGroups.Dvop), [], "A DVOP group for a co-located specialist.", World.Business);
        await using (var db = Database.CreateDbContext())
        {
            db.AccessRequests.Add(approved);
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync(Token);
        }

        var page = await Inbox(World.MisAdministrator.PersonId).PageAsync(new InboxFilter(Status: InboxFilter.AnyStatus, Escalation: "open"), Token);
        var unknown = await Inbox(World.MisAdministrator.PersonId).PageAsync(new InboxFilter(Status: InboxFilter.AnyStatus, Escalation: "maybe"), Token);

        Assert.Equal([approved.Id], page.Lines.Select(l => l.Id));
        Assert.Equal(2, unknown.Total);
        Assert.Contains(unknown.Notes, n => n.Contains("Unknown escalation"));
    }
}
