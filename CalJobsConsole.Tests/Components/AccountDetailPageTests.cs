using Bunit;
using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components;

/// <summary>The account detail page and My account: the account's sections for those in scope, the SCO-1 refusal and no data for anyone else.</summary>
public class AccountDetailPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private StaffAccount _account = null!;

    private World World => _stored.World;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        (_, _account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "pat.staff", "REPORTS");
        await SignedIn.AddUserAsync(Database, _account.Id, "Pat Staff", ConsoleRoles.Staff);
    }

    [Fact]
    public void Render_WhenTheSupervisorOpensIt_ShowsStatusPrivilegesDocumentsWithTheirDownloadsAndTimeline()
    {
        SignInAs(World.RequestorId);

        var page = Render<AccountDetailPage>(p => p.Add(x => x.AccountId, _account.Id));

        page.WaitForAssertion(() => Assert.Equal("Pat Staff (pat.staff)", page.Find("h1").TextContent.Trim()));
        Assert.Equal("Pending first sign-in", page.Find(".account-status").TextContent.Trim());
        Assert.Equal("LWIA/CBO Staff", page.Find("[data-testid=privilege-group]").TextContent.Trim());
        Assert.Contains("Run reports", page.Find("tr.extra-privilege").TextContent);
        Assert.Equal(3, page.FindAll("tr.account-document").Count);
        Assert.Equal(3, page.FindAll("tr.account-document a").Count);
        Assert.Equal(["Account created; temporary password issued", "Request approved", "Request submitted"],
            page.FindAll("tr.timeline-entry").Select(row => row.Children[2].TextContent.Trim()));
        Assert.Equal(["Account", "Privileges", "Attestations and renewal", "Temporary password", "Documents", "Timeline"],
            page.FindAll("h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Render_WhenTheAreasAdministratorOpensIt_LinksEachDocumentToItsDownload()
    {
        SignInAs(World.MisAdministrator.PersonId);

        var page = Render<AccountDetailPage>(p => p.Add(x => x.AccountId, _account.Id));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr.account-document a").Count));
        Assert.All(page.FindAll("tr.account-document"), row =>
            Assert.Equal($"/evidence/{row.GetAttribute("data-document")}", row.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public void Render_WhenAnotherAreasAdministratorOpensIt_ShowsSco1AndNoData()
    {
        SignInAs(World.Spoc.PersonId);

        var page = Render<AccountDetailPage>(p => p.Add(x => x.AccountId, _account.Id));

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Find("[role=alert]").TextContent));
        Assert.DoesNotContain("pat.staff", page.Markup);
        Assert.DoesNotContain("Pat Staff", page.Markup);
        Assert.Empty(page.FindAll("h2"));
    }

    [Fact]
    public async Task Render_WhenTheStaffMemberOpensMyAccount_ShowsTheirOwnAccount()
    {
        await StoredAccounts.SetOwnPasswordAsync(Database, World, _account.Id);
        SignInAs(_account.Id);

        var page = Render<MyAccountPage>();

        page.WaitForAssertion(() => Assert.Contains("pat.staff", page.Find(".account-summary").TextContent));
        Assert.Equal("My CalJOBS account", page.Find("h1").TextContent.Trim());
    }

    [Fact]
    public void Render_WhenAUserWithoutAStaffAccountOpensMyAccount_SaysSo()
    {
        SignInAs(World.RequestorId);

        var page = Render<MyAccountPage>();

        page.WaitForAssertion(() => Assert.Contains("You have no CalJOBS staff account", page.Find("#no-staff-account").TextContent));
        Assert.Empty(page.FindAll(".account-summary"));
    }
}
