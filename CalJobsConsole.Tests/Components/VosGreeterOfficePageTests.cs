using Bunit;
using CalJobsConsole.App.Features.VosGreeter;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The VOSGreeter office page (VOS-1): the office's editor gets the reasons' controls and the add form, which shows every
/// missing field and saves nothing; a SPOC at a Title I office gets no controls but the proposal form and the reason why.
/// </summary>
public class VosGreeterOfficePageTests : ComponentTestContext
{
    private readonly World _world = new();

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StoredWorld.CreateAsync(Database, _world);
        var office = CheckInOffice.Of(_world.PartnerOffice, _world.LocalArea, _world.Division);
        var setup = OfficeCheckInSetup.For(office.OfficeId);
        setup.AddReason(_world.MisAdministrator, office, "WIOA orientation", CheckInProgram.WioaTitleI);
        await using var db = Database.CreateDbContext();
        db.CheckInSetups.Add(setup);
        await db.SaveChangesAsync(Token);
    }

    private IRenderedComponent<VosGreeterOfficePage> RenderAs(Guid userId)
    {
        SignInAs(userId);
        Services.AddScoped<VosGreeterService>();
        Render<MudPopoverProvider>();
        return Render<VosGreeterOfficePage>(p => p.Add(x => x.OfficeId, _world.PartnerOffice.Id));
    }

    [Fact]
    public void OfficePage_ForTheMisAdministratorOfATitleIOffice_ShowsEditControlsAndTheAddForm()
    {
        var page = RenderAs(_world.MisAdministrator.PersonId);

        page.WaitForAssertion(() => Assert.Contains("WIOA orientation", page.Find(".vos-reason-label").TextContent));
        Assert.Single(page.FindAll(".vos-reason-controls"));
        Assert.Contains("Rename WIOA orientation", page.Markup);
        Assert.Single(page.FindAll("#vos-add-submit"));
        Assert.Empty(page.FindAll("#vos-propose-submit"));
        Assert.Contains("MIS Administrator of Golden Sierra", page.Find("#vos-setup-by").TextContent);
    }

    [Fact]
    public async Task AddForm_WithNothingFilledIn_ShowsEveryMissingFieldAndSavesNothing()
    {
        var page = RenderAs(_world.MisAdministrator.PersonId);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#vos-add-submit")));

        await page.Find("#vos-add-submit").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Enter the label visitors see.", page.Markup));
        Assert.Contains("Choose the program the reason leads to.", page.Markup);
        Assert.Empty(page.FindAll("#vos-message"));
        await using var db = Database.CreateDbContext();
        Assert.Single(await db.CheckInSetups.SelectMany(s => s.Reasons).ToListAsync(Token));
    }

    [Fact]
    public void OfficePage_ForTheSpocOfATitleIOffice_ShowsNoEditControlsButTheProposalForm()
    {
        var page = RenderAs(_world.Spoc.PersonId);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#vos-propose-submit")));
        Assert.Empty(page.FindAll(".vos-reason-controls"));
        Assert.Empty(page.FindAll("#vos-add-submit"));
        var why = page.Find("#vos-why-not-editing").TextContent;
        Assert.Contains("VOS-1", why);
        Assert.Contains("Propose the reason to the MIS Administrator of Golden Sierra, who accepts it.", why);
    }
}
