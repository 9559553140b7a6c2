using Bunit;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The inbox lists requests oldest first; a request's page shows every unmet prerequisite at once, by code.</summary>
public class InboxPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public async Task Render_WhenRequestsAwaitTheAdministrator_ListsThemOldestFirst()
    {
        var first = await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Avery First") });
        var second = await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Blake Second") });
        var third = await SubmitAsync(World.NewAccountForm() with { Staff = Support.World.Contact("Casey Third") });
        SignInAs(World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<InboxPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr.inbox-line").Count));
        Assert.Equal([first.Id.ToString(), second.Id.ToString(), third.Id.ToString()],
            page.FindAll("tr.inbox-line").Select(row => row.GetAttribute("data-request")));
    }

    /// <summary>Issue 16: a request filed in the evening in Sacramento showed as the next day in UTC; it shows on the business clock, named.</summary>
    [Fact]
    public async Task Render_ShowsWhenARequestWasSubmittedInTheBusinessTimeZone_AndSaysSoInTheHeader()
    {
        var request = await SubmitAsync(World.NewAccountForm());
        SignInAs(World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<InboxPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.inbox-line")));
        var pacific = TimeZoneInfo.ConvertTime(request.SubmittedAt, TestClock.Pacific);
        Assert.NotEqual(TimeSpan.Zero, pacific.Offset);
        Assert.Equal(pacific.ToString("yyyy-MM-dd HH:mm"), page.Find("tr.inbox-line td").TextContent.Trim());
        Assert.Contains("Submitted (Pacific time)", page.Find("table thead").TextContent);
    }

    [Fact]
    public async Task Render_WhenTheStatementWasRefusedAndIspaIsStale_ShowsEveryUnmetPrerequisiteCode()
    {
        var request = await SubmitAsync(World.NewAccountForm(attestations: new Attestations(World.Clock.Today.AddDays(-400),
            ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, World.Clock.Today.AddDays(-2)))));
        SignInAs(World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();

        var page = Render<InboxRequestPage>(p => p.Add(x => x.RequestId, request.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".eligibility-panel .rule-code")));
        Assert.Equal(["PRE-1", "PRE-2"], page.FindAll(".eligibility-panel .rule-code").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Render_WhenTheRequestIsAnotherAreas_ShowsSco1AndNoData()
    {
        var request = await SubmitAsync(World.NewAccountForm(wsb: true));
        SignInAs(World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<InboxRequestPage>(p => p.Add(x => x.RequestId, request.Id));

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.DoesNotContain("Pat Staff", page.Markup);
        Assert.Empty(page.FindAll("#approve-request"));
    }

    private async Task<AccessRequest> SubmitAsync(AccessRequestForm form)
    {
        var request = World.Submit(form);
        World.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return request;
    }
}
