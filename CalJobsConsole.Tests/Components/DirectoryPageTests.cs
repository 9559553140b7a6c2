using Bunit;
using CalJobsConsole.App.Features.Directory;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components;

/// <summary>The directory page lists each area's administrators with how to reach them, for anyone signed in.</summary>
public class DirectoryPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public void Render_WhenARequestorOpensIt_ShowsEveryAreaWithItsAdministratorsAndContacts()
    {
        SignInAs(_stored.RequestorId);

        var page = Render<DirectoryPage>();

        page.WaitForAssertion(() => Assert.Equal(["Golden Sierra", "Sacramento", "WSB Northern Division"], page.FindAll("h2").Select(h => h.TextContent.Trim())));
        Assert.Contains("Morgan MIS", page.Markup);
        Assert.Equal("mailto:morgan.mis@example.ca.gov", page.Find("a[href^='mailto:morgan']").GetAttribute("href"));
        Assert.Contains("Whole division", page.Markup);
        Assert.Contains("No MIS Administrator is designated", page.Markup);
        Assert.All(page.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void Search_WhenTheTermNamesOneAdministrator_ShowsOnlyTheirArea()
    {
        SignInAs(_stored.RequestorId);
        var page = Render<DirectoryPage>();
        page.WaitForElement("#directory-search");

        page.Find("#directory-search").Input("Sky");

        page.WaitForAssertion(() => Assert.Equal(["WSB Northern Division"], page.FindAll("h2").Select(h => h.TextContent.Trim())), TimeSpan.FromSeconds(5));
    }
}
