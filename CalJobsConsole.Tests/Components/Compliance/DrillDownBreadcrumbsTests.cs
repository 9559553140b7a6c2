using Bunit;
using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>The drill-down's breadcrumbs lead back up: Statewide / area / account for the Operations Unit.</summary>
public class DrillDownBreadcrumbsTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private StaffAccount _account = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        (_, _account) = await StoredAccounts.CreateAsync(Database, _stored.World, _stored.World.NewAccountForm(), "pat.staff");
    }

    [Fact]
    public void AreaPage_WhenTheOperationsUnitOpensIt_ShowsStatewideThenTheArea()
    {
        SignInAs(_stored.OperationsUnitUserId);

        var page = Render<AreaOverviewPage>(p => p.Add(x => x.AreaId, _stored.World.LocalArea.Id));

        page.WaitForAssertion(() => Assert.Equal("Breadcrumb", page.Find("nav").GetAttribute("aria-label")));
        Assert.Equal(["Statewide", "Golden Sierra"], Crumbs(page));
        Assert.Equal("/", page.Find("nav a").GetAttribute("href"));
    }

    [Fact]
    public void AccountPage_WhenTheOperationsUnitOpensIt_LinksBackToTheAreaAndStatewide()
    {
        SignInAs(_stored.OperationsUnitUserId);

        var page = Render<AccountDetailPage>(p => p.Add(x => x.AccountId, _account.Id));

        page.WaitForAssertion(() => Assert.Equal(["Statewide", "Golden Sierra", "Pat Staff"], Crumbs(page)));
        Assert.Equal(["/", $"/areas/{_stored.World.LocalArea.Id}"], page.FindAll("nav[aria-label=Breadcrumb] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void AccountPage_WhenTheSupervisorOpensIt_DoesNotLinkToAnAreaTheyCannotOpen()
    {
        SignInAs(_stored.World.RequestorId);

        var page = Render<AccountDetailPage>(p => p.Add(x => x.AccountId, _account.Id));

        page.WaitForAssertion(() => Assert.Equal(["Home", "Golden Sierra", "Pat Staff"], Crumbs(page)));
        Assert.Single(page.FindAll("nav[aria-label=Breadcrumb] a"));
    }

    private static List<string> Crumbs<TComponent>(IRenderedComponent<TComponent> page) where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        page.FindAll("nav[aria-label=Breadcrumb] li").Select(li => li.TextContent.Replace("/", "").Trim())
            .Where(text => text.Length > 0 && text != "/").ToList();
}
