using Bunit;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>/accounts renders the page's rows, the count of every match, sortable headers and the export link with the filter.</summary>
public class AccountListPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public async Task Render_WhenThirtyAccountsMatch_ShowsTwentyFiveRowsAndTheCount()
    {
        await using (var db = Database.CreateDbContext())
        {
            for (var i = 0; i < 30; i++)
                db.StaffAccounts.Add(_stored.World.CreateAccount());
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        SignInAs(_stored.OperationsUnitUserId);
        Services.AddScoped<AccountListService>();
        Render<MudPopoverProvider>();

        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("accounts?q=pat&sort=username");

        var page = Render<AccountListPage>();

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("tr.account-line").Count));
        Assert.Equal("30 accounts", page.Find("#accounts-count").TextContent.Trim());
        Assert.Equal("ascending", page.FindAll("th[aria-sort]").Single(th => th.TextContent.Contains("Username")).GetAttribute("aria-sort"));
        Assert.Equal("accounts/export.csv?q=pat&sort=username", page.Find("#accounts-export").GetAttribute("href"));
        Assert.All(page.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task Render_WhenAnAccountAwaitsItsFirstSignIn_ShowsTheStatusInWords()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.StaffAccounts.Add(_stored.World.CreateAccount());
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        SignInAs(_stored.OperationsUnitUserId);
        Services.AddScoped<AccountListService>();
        Render<MudPopoverProvider>();

        var page = Render<AccountListPage>();

        page.WaitForAssertion(() => Assert.Contains("Pending first sign-in", page.Find("tr.account-line").TextContent));
        Assert.DoesNotContain("PendingFirstSignIn", page.Find("tr.account-line").TextContent);
    }

    [Fact]
    public void Render_WhenTheUserIsARequestor_ShowsSco1AndNoTable()
    {
        SignInAs(_stored.RequestorId);
        Services.AddScoped<AccountListService>();
        Render<MudPopoverProvider>();

        var page = Render<AccountListPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public async Task Render_WhenAnAccountIsSavedElsewhere_ShowsItWithoutAReload()
    {
        var token = Xunit.TestContext.Current.CancellationToken;
        await using (var db = Database.CreateDbContext())
        {
            db.StaffAccounts.Add(_stored.World.CreateAccount());
            await db.SaveChangesAsync(token);
        }
        SignInAs(_stored.OperationsUnitUserId);
        Services.AddScoped<AccountListService>();
        Render<MudPopoverProvider>();
        var page = Render<AccountListPage>();
        page.WaitForAssertion(() => Assert.Equal("1 account", page.Find("#accounts-count").TextContent.Trim()));

        var added = _stored.World.CreateAccount();
        await using (var db = Database.CreateDbContext())
        {
            db.StaffAccounts.Add(added);
            await db.SaveChangesAsync(token);
        }
        Feed.Publish([new CalJobsConsole.App.Live.ConsoleChange(CalJobsConsole.App.Live.ChangeFeed.Kinds.Account, added.Id, added.AreaId)]);

        page.WaitForAssertion(() => Assert.Equal("2 accounts", page.Find("#accounts-count").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal(2, page.FindAll("tr.account-line").Count);
    }
}
