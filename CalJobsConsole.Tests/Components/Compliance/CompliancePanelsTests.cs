using AngleSharp.Dom;
using Bunit;
using CalJobsConsole.App.Features.Compliance;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>The Operations Unit's compliance panels count the seeded world exactly; the table sorts; anyone else gets SCO-1.</summary>
public class CompliancePanelsTests : ComplianceTestContext
{
    [Fact]
    public void Render_WhenTheOperationsUnitOpensIt_ShowsTheStatewideFiguresExactly()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);

        var panels = Render<CompliancePanelsView>();

        panels.WaitForAssertion(() => panels.Find("[data-testid=statewide-figures]"));
        Assert.Equal("Pending first sign-in: 3; Active: 1; Suspended: 0; Deactivated: 1", Figure(panels, "accounts-by-status"));
        Assert.Equal("/accounts?status=Active", panels.Find("[data-status=Active] a").GetAttribute("href"));
        Assert.Equal("75 % (3 of 4 open accounts not past their renewal due date); 1 overdue", Figure(panels, "renewal-compliance"));
        Assert.Equal("/accounts?renewal=overdue", panels.Find("[data-figure=renewal-compliance] a").GetAttribute("href"));
        Assert.StartsWith("1 open account missing", Figure(panels, "missing-evidence"));
        Assert.StartsWith("1 late", Figure(panels, "late-deactivations"));
        Assert.Equal("/accounts?deactivation=late", panels.Find("[data-figure=late-deactivations] a").GetAttribute("href"));
        Assert.Equal("1: Sacramento", Figure(panels, "untrained-areas"));
        Assert.Equal($"/areas/{World.OtherLocalArea.Id}", panels.Find("[data-figure=untrained-areas] a").GetAttribute("href"));
        Assert.Equal("3: Golden Sierra, Sacramento, WSB Northern Division", Figure(panels, "free-seat-areas"));
        Assert.Equal("0 open", Figure(panels, "open-escalations"));
        Assert.Equal("No review yet", Figure(panels, "monitoring-review"));
    }

    [Fact]
    public void Render_WhenTheOperationsUnitOpensIt_ShowsEachAreasFiguresExactly()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);

        var panels = Render<CompliancePanelsView>();

        panels.WaitForAssertion(() => Assert.Equal(3, Rows(panels).Count));
        Assert.Equal(["Golden Sierra", "4", "1", "1", "66 %", "1", "1", "1 of 3 (free seat)", "1", "0"], Cells(panels, "Golden Sierra"));
        Assert.Equal(["Sacramento", "0", "0", "0", "no open accounts", "0", "0", "0 of 3 (free seat)", "0 (none trained)", "0"], Cells(panels, "Sacramento"));
        Assert.Equal(["WSB Northern Division", "1", "0", "0", "100 %", "0", "0", "1 of 5 (free seat)", "1", "0"], Cells(panels, "WSB Northern Division"));
        Assert.Equal($"/areas/{World.LocalArea.Id}", panels.Find("tr[data-area='Golden Sierra'] a").GetAttribute("href"));
    }

    [Fact]
    public void SortByAccounts_WhenClickedTwice_OrdersTheRowsMostFirstThenFewestFirst()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);
        var panels = Render<CompliancePanelsView>();
        panels.WaitForAssertion(() => Assert.Equal(["Golden Sierra", "Sacramento", "WSB Northern Division"], AreaOrder(panels)));
        Assert.Equal("ascending", panels.Find("th:has([data-sort=Area])").GetAttribute("aria-sort"));

        // The figures arrive from a shared reading on another thread (ComplianceFiguresCache): the render the click causes is
        // waited for, not assumed to have happened when Click returns.
        panels.Find("[data-sort=Accounts]").Click();

        panels.WaitForAssertion(() => Assert.Equal(["Golden Sierra", "WSB Northern Division", "Sacramento"], AreaOrder(panels)));
        Assert.Equal("descending", panels.Find("th:has([data-sort=Accounts])").GetAttribute("aria-sort"));
        Assert.Equal("none", panels.Find("th:has([data-sort=Area])").GetAttribute("aria-sort"));
        Assert.Contains("Sorted by Accounts, highest first", panels.Find("[data-testid=sort-state]").TextContent);
        Assert.Contains("Accounts by area", panels.Find("[data-testid=area-chart] figcaption").TextContent);

        panels.Find("[data-sort=Accounts]").Click();

        panels.WaitForAssertion(() => Assert.Equal(["Sacramento", "WSB Northern Division", "Golden Sierra"], AreaOrder(panels)));
    }

    [Fact]
    public void Render_WhenTheChartPlotsAFigure_NamesItAndEveryBarInText()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);
        var panels = Render<CompliancePanelsView>();
        panels.WaitForAssertion(() => panels.Find("[data-sort=OverdueRenewals]"));

        panels.Find("[data-sort=OverdueRenewals]").Click();

        panels.WaitForAssertion(() => Assert.Equal("Bar chart of Overdue renewals by area: Golden Sierra 1; Sacramento 0; WSB Northern Division 0.",
            panels.Find("[data-testid=area-chart] [role=img]").GetAttribute("aria-label")));
    }

    [Fact]
    public void Render_WhenAnAdministratorOpensIt_ShowsSco1AndNoFigures()
    {
        SignInWithPanels(World.MisAdministrator.PersonId);

        var panels = Render<CompliancePanelsView>();

        panels.WaitForAssertion(() => Assert.Contains("SCO-1", panels.Find("[role=alert]").TextContent));
        Assert.Empty(panels.FindAll("[data-testid=statewide-figures]"));
        Assert.Empty(panels.FindAll("[data-testid=area-compliance]"));
        Assert.Equal(0, PanelSubscriptions);
    }

    private static string Figure(IRenderedComponent<CompliancePanelsView> panels, string name) =>
        string.Join(" ", panels.Find($"[data-figure={name}] td").TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<CompliancePanelsView> panels) =>
        panels.FindAll("[data-testid=area-compliance] tbody tr");

    private static List<string> AreaOrder(IRenderedComponent<CompliancePanelsView> panels) =>
        Rows(panels).Select(r => r.GetAttribute("data-area")!).ToList();

    private static List<string> Cells(IRenderedComponent<CompliancePanelsView> panels, string area) =>
        panels.Find($"tr[data-area='{area}']").Children.Select(c => c.TextContent.Trim()).ToList();
}
