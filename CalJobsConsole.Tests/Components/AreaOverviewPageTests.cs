using Bunit;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components;

/// <summary>The area overview page renders seats "n of cap" with holders, and a refusal with its rule code instead of another area's data.</summary>
public class AreaOverviewPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public void Render_WhenTheAreasAdministratorOpensIt_ShowsSeatsOfCapAndTheHolders()
    {
        SignInAs(_stored.World.MisAdministrator.PersonId);

        var page = Render<AreaOverviewPage>(p => p.Add(x => x.AreaId, _stored.World.LocalArea.Id));

        page.WaitForAssertion(() => Assert.Equal("Seats: 1 of 3 MIS Administrators", page.Find("[data-testid=seats]").TextContent.Trim()));
        Assert.Contains("Morgan MIS", page.Find("table").TextContent);
        Assert.Contains("Auburn AJCC", page.Markup);
    }

    [Fact]
    public void Render_WhenAnotherAreasAdministratorOpensIt_ShowsSco1AndNoSeats()
    {
        SignInAs(_stored.World.MisAdministrator.PersonId);

        var page = Render<AreaOverviewPage>(p => p.Add(x => x.AreaId, _stored.World.Division.Id));

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=seats]"));
        Assert.DoesNotContain("Sky SPOC", page.Markup);
    }
}
