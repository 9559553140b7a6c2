using Bunit;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The request page opens pre-filled from the requestor's landing link, and refuses anyone who is not a requestor (SCO-1).</summary>
public class RequestFormPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private StaffAccount _account = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        _account = _stored.World.CreateAccount();
        await using var db = Database.CreateDbContext();
        db.StaffAccounts.Add(_account);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Render_WhenOpenedFromTheRenewalLink_PrefillsTheKindAndTheAccountsStaffMember()
    {
        SignInAs(_stored.RequestorId);
        Render<MudPopoverProvider>();

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"requests/new?kind=AnnualRenewal&account={_account.Id}");

        var page = Render<RequestFormPage>();

        page.WaitForAssertion(() => Assert.Equal(_account.Staff.FullName, page.Find("#request-full-name").GetAttribute("value")));
        Assert.Equal(_account.Staff.Email, page.Find("#request-email").GetAttribute("value"));
        Assert.Contains("Annual renewal", page.Markup);
    }

    [Fact]
    public void Render_WhenTheUserIsNotARequestor_ShowsTheSco1Refusal()
    {
        SignInAs(_stored.World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<RequestFormPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.Empty(page.FindAll("#request-full-name"));
    }
}
