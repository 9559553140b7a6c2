using Bunit;
using CalJobsConsole.App.Features.Privileges;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The catalogue page shows who grants each group (fixed for the directive's 14), and its forms say what is wrong.</summary>
public class PrivilegeCataloguePageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    private void SignIn(Guid userId)
    {
        SignInAs(userId);
        Services.AddScoped<PrivilegeCatalogueService>();
    }

    [Fact]
    public void Render_WhenTheOperationsUnitOpensIt_ShowsEachGroupsGrantingAuthority()
    {
        SignIn(_stored.OperationsUnitUserId);

        var page = Render<PrivilegeCataloguePage>();

        page.WaitForAssertion(() => Assert.Equal(15, page.FindAll("[data-testid=groups] tbody tr").Count));
        Assert.Equal("MIS Administrator (GRP-1)", AuthorityOf(page, DirectivePrivilegeGroups.Warn));
        Assert.Equal("CalJOBS SPOC (GRP-2)", AuthorityOf(page, DirectivePrivilegeGroups.Lver));
        Assert.Equal("Operations Unit only (GRP-3)", AuthorityOf(page, "State Monitor"));
        Assert.All(page.FindAll("[data-testid=groups] thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(page.FindAll("[data-testid=groups] tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }

    [Fact]
    public void Render_WhenTheOperationsUnitOpensIt_DirectiveGroupsHaveNoAuthorityEditor()
    {
        SignIn(_stored.OperationsUnitUserId);

        var page = Render<PrivilegeCataloguePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-group]")));
        foreach (var row in page.FindAll("[data-group]"))
        {
            var authority = row.QuerySelector("[data-testid=authority]")!;
            Assert.Empty(authority.QuerySelectorAll("input, select, button, [role=combobox], [role=listbox]"));
        }
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("authority", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Render_WhenAnAdministratorOpensIt_ShowsSco1AndNoCatalogue()
    {
        SignIn(_stored.World.MisAdministrator.PersonId);

        var page = Render<PrivilegeCataloguePage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=groups]"));
    }

    [Fact]
    public async Task AddGroupDialog_WhenSavedWithoutAName_ShowsTheValidationMessageAndAddsNothing()
    {
        SignIn(_stored.OperationsUnitUserId);
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<AddGroupDialog>("Add a privilege group"));

        provider.Find("#save-group").Click();

        provider.WaitForAssertion(() => Assert.Contains("Enter the group's name.", provider.Markup));
        await using var db = Database.CreateDbContext();
        Assert.Equal(15, db.PrivilegeGroups.Count());
    }

    private static string AuthorityOf(IRenderedComponent<PrivilegeCataloguePage> page, string group) =>
        page.Find($"[data-group='{group}'] [data-testid=authority]").TextContent.Trim();
}
