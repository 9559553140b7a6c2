using Bunit;
using CalJobsConsole.App.Features.Dashboards;
using CalJobsConsole.App.Live;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.Dashboards;

/// <summary>The supervisor's renewal tracker: countdown and urgency in words per row, temporary passwords waiting, renewal links, live.</summary>
public class RenewalTrackerTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private DashboardWorld _mix = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (_stored, _mix) = await DashboardWorld.CreateAsync(Database);
        SignInAs(_stored.RequestorId);
    }

    [Fact]
    public void Render_WhenTheRequestorOpensIt_ShowsEachStaffMembersCountdownAndUrgencyInWords()
    {
        var tracker = Render<RenewalTracker>();

        tracker.WaitForAssertion(() => Assert.NotEmpty(tracker.FindAll("[data-testid=renewal-tracker]")));
        AssertRow(tracker, _mix.Overdue.Id, "overdue by 15 days", "Overdue");
        AssertRow(tracker, _mix.DivisionDueIn3.Id, "in 3 days", "Due within 7 days");
        AssertRow(tracker, _mix.DueIn10.Id, "in 10 days", "Due within 30 days");
        AssertRow(tracker, _mix.DueIn20.Id, "in 20 days", "Due within 30 days");
        AssertRow(tracker, _mix.Suspended.Id, "in 80 days", "Current");
        Assert.Empty(tracker.FindAll($"tr[data-account='{_mix.DeactivatedLate.Id}']"));
    }

    [Fact]
    public void Render_WhenTheRequestorOpensIt_ListsSoonestFirstWithAStartRenewalRequestLinkPerPerson()
    {
        var tracker = Render<RenewalTracker>();

        tracker.WaitForAssertion(() => Assert.NotEmpty(tracker.FindAll("[data-testid=renewal-tracker]")));
        var rows = tracker.FindAll("tbody tr");
        Assert.Equal(7, rows.Count);
        Assert.Equal(_mix.Overdue.Id.ToString(), rows[0].GetAttribute("data-account"));
        var link = rows[0].QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Start renewal request");
        Assert.Equal($"requests/new?kind=AnnualRenewal&account={_mix.Overdue.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public void Render_WhenAStaffMembersTemporaryPasswordIsUnused_SaysItIsWaiting()
    {
        var tracker = Render<RenewalTracker>();

        tracker.WaitForAssertion(() => Assert.NotEmpty(tracker.FindAll("[data-testid=temp-passwords-waiting]")));
        Assert.StartsWith("1 of your staff has a temporary password waiting", tracker.Find("[data-testid=temp-passwords-waiting]").TextContent.Trim());
        Assert.Equal("Waiting to be used", Row(tracker, _mix.TemporaryPasswordWaiting.Id).QuerySelector(".temp-password")!.TextContent.Trim());
        Assert.Equal("None waiting", Row(tracker, _mix.Overdue.Id).QuerySelector(".temp-password")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WhenAnAccountIsSuspendedAndTheFeedSaysSo_UpdatesTheRowWithoutAReload()
    {
        var tracker = Render<RenewalTracker>();
        tracker.WaitForAssertion(() => Assert.DoesNotContain("Suspended", Row(tracker, _mix.DueIn10.Id).TextContent));

        await using (var db = Database.CreateDbContext())
        {
            var account = db.StaffAccounts.Single(a => a.Id == _mix.DueIn10.Id);
            account.SuspendByOperationsUnit("Shared sign-in.");
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Account, _mix.DueIn10.Id, _mix.DueIn10.AreaId)]);

        tracker.WaitForAssertion(() => Assert.Contains("Suspended", Row(tracker, _mix.DueIn10.Id).TextContent));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<RenewalTracker> tracker, Guid accountId) =>
        tracker.Find($"tr[data-account='{accountId}']");

    private static void AssertRow(IRenderedComponent<RenewalTracker> tracker, Guid accountId, string countdown, string urgency)
    {
        var row = Row(tracker, accountId);
        Assert.Equal(countdown, row.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.Equal(urgency, row.QuerySelector(".urgency")!.TextContent.Trim());
    }
}
