using Bunit;
using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.App.Live;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>The panels read again when the change feed reports a change that can move a figure, and let go of it when disposed.</summary>
public class CompliancePanelsLiveTests : ComplianceTestContext
{
    [Fact]
    public async Task ChangeFeed_WhenAnAccountIsCreatedInTheDivision_UpdatesItsRowAndTheStatewideCount()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);
        var panels = Render<CompliancePanelsView>();
        panels.WaitForAssertion(() => Assert.Equal("1", panels.Find("tr[data-area='WSB Northern Division'] td").TextContent.Trim()));

        var (_, account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(StaffKind.Edd, wsb: true), "wsb.second");
        Feed.Publish([new ConsoleChange(ChangeFeed.Kinds.Account, account.Id, account.AreaId)]);

        panels.WaitForAssertion(() => Assert.Equal("2", panels.Find("tr[data-area='WSB Northern Division'] td").TextContent.Trim()),
            TimeSpan.FromSeconds(5));
        Assert.Contains("Pending first sign-in: 4", panels.Find("[data-figure=accounts-by-status] td").TextContent);
    }

    [Fact]
    public void Dispose_WhenThePanelsLeave_EndsTheirSubscription()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);
        var panels = Render<CompliancePanelsView>();
        panels.WaitForAssertion(() => Assert.Equal(1, PanelSubscriptions));

        panels.Instance.Dispose();

        Assert.Equal(0, PanelSubscriptions);
    }
}
