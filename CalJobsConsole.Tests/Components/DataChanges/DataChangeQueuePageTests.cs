using Bunit;
using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components.DataChanges;

/// <summary>The administrator's queue says why they cannot decide their own request (DCR-1) before they press anything.</summary>
public class DataChangeQueuePageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public async Task Render_WhenTheAdministratorFiledARequest_ShowsDcr1WithWhatWouldSatisfyItAndNoSignButton()
    {
        var world = _stored.World;
        await using (var db = Database.CreateDbContext())
        {
            db.DataChangeRequests.Add(DataChangeRequest.File(world.MisAdministrator.PersonId, world.LocalArea.Id, world.PartnerOffice.Id, "CJ-4821937",
                "Veteran status", "No", "Yes", "DD-214 seen.", world.Business));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        SignInAs(world.MisAdministrator.PersonId);
        Services.AddScoped<DataChangeRequestService>();

        var page = Render<DataChangeQueuePage>();

        page.WaitForAssertion(() => Assert.Contains("CJ-4821937", page.Markup));
        Assert.Contains("DCR-1", page.Markup);
        Assert.Contains("Another administrator of the area must sign or decline your own request.", page.Markup);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Sign");
    }
}
