using Bunit;
using CalJobsConsole.App.Components.Layout;
using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components.Layout;

/// <summary>
/// The navigation is Blazor's NavLink in MudBlazor's markup (issue 17, memory per circuit): one component per entry, not a
/// MudNavLink's three; the current page marked by the "active" class MudBlazor's CSS styles and by aria-current.
/// </summary>
public sealed class NavMenuTests : BunitContext
{
    private static readonly UserScope OperationsUnit =
        new(Guid.NewGuid(), "Olivia Ops", new HashSet<string> { ConsoleRoles.OperationsUnit }, [], [], null);

    public NavMenuTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void Render_OnAPage_MarksOnlyItsEntryActiveWithAriaCurrent()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("areas/manage");

        var cut = Render<NavMenu>(p => p.Add(m => m.Scope, OperationsUnit));

        var active = cut.FindAll("a.active");
        Assert.Single(active);
        Assert.Equal("areas/manage", active[0].GetAttribute("href"));
        Assert.Equal("page", active[0].GetAttribute("aria-current"));
        Assert.Contains("Areas admin", active[0].TextContent);
        // "All areas" matches its own address only.
        Assert.Null(cut.Find("a[href='areas']").GetAttribute("aria-current"));
    }

    [Fact]
    public void Render_ForTheOperationsUnit_IsOneNavLinkPerEntryInMudBlazorsNavMenuMarkup()
    {
        var cut = Render<NavMenu>(p => p.Add(m => m.Scope, OperationsUnit).Add(m => m.UnreadMessages, 2));

        var nav = cut.Find("nav");
        Assert.Equal("Main", nav.GetAttribute("aria-label"));
        Assert.Contains("mud-navmenu", nav.ClassList);
        var links = cut.FindAll("nav > div.mud-nav-item > a.mud-nav-link");
        Assert.True(links.Count > 20, $"{links.Count} entries");
        Assert.Equal(links.Count, cut.FindAll("a[href]").Count);
        Assert.All(links, link => Assert.NotNull(link.QuerySelector("svg.mud-nav-link-icon[aria-hidden='true']")));
        Assert.Equal(links.Count, cut.FindComponents<NavLink>().Count);
        Assert.Empty(cut.FindComponents<MudBlazor.MudNavLink>());
        Assert.Equal("Messages (2 unread)", cut.Find("#nav-messages .mud-nav-link-text").TextContent.Trim());
    }
}
