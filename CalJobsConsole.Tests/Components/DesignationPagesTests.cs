using Bunit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The designation pages show who may use them: a person who signs for no area, or directs none, reads the DES-1 refusal
/// (born in the domain, shown by the shared outcome alert); the Operations Unit's queue refuses anyone else with SCO-1.
/// </summary>
public class DesignationPagesTests : ComponentTestContext
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
        Services.AddScoped<DesignationRecorder>();
        Services.AddScoped<DesignationFormService>();
        Services.AddScoped<DesigneeService>();
        Services.AddScoped<DesignationRegisterService>();
    }

    [Fact]
    public void DesigneesPage_WhenAnAdministratorOpensIt_ShowsDes1AndNoForm()
    {
        SignIn(_stored.World.MisAdministrator.PersonId);

        var page = Render<DesigneesPage>();

        page.WaitForAssertion(() => Assert.Contains("DES-1", page.Find("[role=alert]").TextContent));
        Assert.Contains("Only a Local Area Director or Division Chief names designees.", page.Markup);
        Assert.DoesNotContain("Name a designee", page.Markup);
    }

    [Fact]
    public void DesigneesPage_WhenTheDirectorOpensIt_ShowsTheirAreaAndNoRefusal()
    {
        SignIn(World.LocalDirectorId);

        var page = Render<DesigneesPage>();

        page.WaitForAssertion(() => Assert.Contains("Name a designee for Golden Sierra", page.Markup));
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    [Fact]
    public void DesignationFormsPage_WhenSomeoneWhoSignsForNoAreaOpensIt_ShowsDes1()
    {
        SignIn(_stored.RequestorId);

        var page = Render<DesignationFormsPage>();

        page.WaitForAssertion(() => Assert.Contains("You do not sign designation forms for any area now.", page.Find("[role=alert]").TextContent));
        Assert.Contains("DES-1", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=form-seats]"));
    }

    [Fact]
    public void DesignationFormsPage_WhenTheDirectorOpensIt_ShowsTheSeatsOfCap()
    {
        SignIn(World.LocalDirectorId);

        var page = Render<DesignationFormsPage>();

        page.WaitForAssertion(() => Assert.Equal("Seats: 1 of 3 MIS Administrators", page.Find("[data-testid=form-seats]").TextContent.Trim()));
    }

    [Fact]
    public void DesignationQueuePage_WhenADirectorOpensIt_ShowsSco1AndNoQueue()
    {
        SignIn(World.LocalDirectorId);

        var page = Render<DesignationQueuePage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("table"));
    }
}
