using Bunit;
using CalJobsConsole.App.Features.Dashboards;
using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.Dashboards;

/// <summary>The administrator's dashboard counts exactly the seeded mix of its own area, links each figure to its list, and updates live.</summary>
public class AdministratorDashboardPanelTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private DashboardWorld _mix = null!;

    private Guid AreaId => _stored.World.LocalArea.Id;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (_stored, _mix) = await DashboardWorld.CreateAsync(Database);
        SignInAs(_stored.World.MisAdministrator.PersonId);
    }

    [Theory]
    [InlineData("seats", 1, "1 of 3 MIS Administrator seats held", "/areas/{0}")]
    [InlineData("open-requests", 2, "2 open requests waiting for a decision", "/inbox?area={0}&status=Submitted")]
    [InlineData("renewal-due30", 2, "2 accounts due for renewal within 30 days", "/accounts?area={0}&renewal=due30")]
    [InlineData("renewal-overdue", 1, "1 account overdue for renewal", "/accounts?area={0}&renewal=overdue")]
    [InlineData("suspended", 1, "1 account suspended", "/accounts?area={0}&status=Suspended")]
    [InlineData("deactivation-scheduled", 1, "1 scheduled deactivation", "/accounts?area={0}&deactivation=scheduled")]
    [InlineData("deactivation-late", 1, "1 late deactivation (past the separation date)", "/accounts?area={0}&deactivation=late")]
    [InlineData("escalations", 1, "1 escalation waiting for the Operations Unit", "/inbox?area={0}&status=all&escalation=open")]
    [InlineData("documentation-requests", 0, "0 documentation requests from the Operations Unit", "/inbox#documentation-requests")]
    [InlineData("temp-passwords", 1, "1 temporary password issued and not yet used", "/accounts?area={0}&tempPassword=waiting")]
    public void Render_WhenTheAreasAdministratorOpensIt_CountsEachFigureOfTheAreaAndLinksToItsList(string key, int count, string text, string href)
    {
        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, AreaId));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll($"[data-testid=figure-{key}]")));
        var figure = panel.Find($"[data-testid=figure-{key}]");
        Assert.Equal(count.ToString(), figure.GetAttribute("data-count"));
        var link = figure.QuerySelector("a")!;
        Assert.Equal(text, link.TextContent.Trim());
        Assert.Equal(string.Format(href, AreaId), link.GetAttribute("href"));
    }

    [Fact]
    public void Render_WhenRequestsAreOpen_NamesTheOldestFirstWithTheirAgeInDays()
    {
        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, AreaId));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=oldest-request]").Count));
        var oldest = panel.FindAll("[data-testid=oldest-request]");
        Assert.Contains("waiting 12 days", oldest[0].TextContent);
        Assert.Equal($"/inbox/{_mix.OldestRequest.Id}", oldest[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Annual renewal", oldest[1].TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("waiting 5 days", oldest[1].TextContent);
    }

    [Fact]
    public async Task Render_WhenARequestIsFiledAndTheFeedSaysSo_UpdatesTheFigureWithoutAReload()
    {
        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, AreaId));
        panel.WaitForAssertion(() => Assert.Equal("2", panel.Find("[data-testid=figure-open-requests]").GetAttribute("data-count")));

        var request = _stored.World.Submit(_stored.World.NewAccountForm());
        await using (var db = Database.CreateDbContext())
        {
            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Request, request.Id, AreaId)]);

        panel.WaitForAssertion(() => Assert.Equal("3 open requests waiting for a decision",
            panel.Find("[data-testid=figure-open-requests] a").TextContent.Trim()));
    }

    [Fact]
    public async Task Dispose_WhenThePanelIsRemoved_EndsItsSubscription()
    {
        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, AreaId));
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=figure-seats]")));
        Assert.Equal(1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public void Render_WhenTheAdministratorAsksForAnotherAreasSeat_RefusesWithSco1AndCountsNothing()
    {
        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, _stored.World.Division.Id));

        panel.WaitForAssertion(() => Assert.Contains("SCO-1", panel.Find("[role=alert]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid^=figure-]"));
    }

    [Fact]
    public void Render_WhenTheDivisionsSpocOpensTheirs_CountsOnlyTheDivision()
    {
        SignInAs(_stored.World.Spoc.PersonId);

        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, _stored.World.Division.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=figure-seats]")));
        Assert.Equal("2 of 5 CalJOBS SPOC seats held", panel.Find("[data-testid=figure-seats] a").TextContent.Trim());
        Assert.Equal("1", panel.Find("[data-testid=figure-open-requests]").GetAttribute("data-count"));
        Assert.Equal("1", panel.Find("[data-testid=figure-renewal-due30]").GetAttribute("data-count"));
        Assert.Equal("1", panel.Find("[data-testid=figure-escalations]").GetAttribute("data-count"));
        Assert.Equal("0", panel.Find("[data-testid=figure-renewal-overdue]").GetAttribute("data-count"));
        Assert.Equal("0", panel.Find("[data-testid=figure-temp-passwords]").GetAttribute("data-count"));
    }

    [Fact]
    public void Render_WhenASpocCoversOnlySomeOffices_CountsOnlyThoseOffices()
    {
        SignInAs(_mix.OfficeSpoc.PersonId);

        var panel = Render<AdministratorDashboardPanel>(p => p.Add(x => x.AreaId, _stored.World.Division.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=figure-seats]")));
        Assert.Equal("2", panel.Find("[data-testid=figure-seats]").GetAttribute("data-count"));
        foreach (var key in new[] { "open-requests", "renewal-due30", "escalations", "renewal-overdue", "temp-passwords" })
            Assert.Equal("0", panel.Find($"[data-testid=figure-{key}]").GetAttribute("data-count"));
    }
}
