using Bunit;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The area dialog: the form's shape is checked before anything is saved, and the service's refusal is shown beside it.</summary>
public class AreaDialogTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(Guid? areaId = null)
    {
        SignInAs(_stored.OperationsUnitUserId);
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<AreaDialog>();
        if (areaId is { } id)
            parameters.Add(d => d.AreaId, id);
        await provider.InvokeAsync(() => dialogs.ShowAsync<AreaDialog>("Area", parameters));
        provider.WaitForElement("#save-area");
        return provider;
    }

    [Fact]
    public async Task Save_WhenNameAndDirectorAreMissing_ShowsBothMessagesAndAddsNothing()
    {
        var provider = await OpenAsync();

        await provider.Find("#save-area").ClickAsync(new());

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter the area's name.", provider.Markup);
            Assert.Contains("Choose the Director or Division Chief.", provider.Markup);
        });
        await using var db = Database.CreateDbContext();
        Assert.Equal(3, await db.Areas.CountAsync());
    }

    [Fact]
    public async Task Save_WhenTheNameBelongsToAnotherArea_ShowsTheDuplicateMessage()
    {
        var provider = await OpenAsync(_stored.World.LocalArea.Id);
        provider.WaitForAssertion(() => Assert.Equal("Golden Sierra", provider.Find("#area-name").GetAttribute("value")));

        await provider.Find("#area-name").InputAsync(new() { Value = "Sacramento" });
        await provider.Find("#save-area").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains(provider.FindAll("[role=alert]"),
            alert => alert.TextContent.Contains("Name: another area is already called 'Sacramento'")));
    }
}
