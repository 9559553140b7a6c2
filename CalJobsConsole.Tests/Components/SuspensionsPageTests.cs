using AngleSharp.Dom;
using Bunit;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The Operations Unit's suspensions page (REV-1) wired to its acts: "Suspend privileges" asks for a reason and suspends the
/// administrator, "Lift suspension" lifts it, "Suspend account" suspends a staff account; each row then says so.
/// </summary>
public class SuspensionsPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private TestUsers _users = null!;
    private StaffAccount _account = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        _users = new TestUsers(Database);
        _account = _stored.World.CreateAccount();
        await using var db = Database.CreateDbContext();
        db.StaffAccounts.Add(_account);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _users.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<SuspensionsPage> Page) RenderAsOperationsUnit()
    {
        SignInAs(_stored.OperationsUnitUserId);
        Services.AddSingleton(_users.Manager);
        Services.AddScoped<AccountListService>();
        Services.AddScoped<SuspensionService>();
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<SuspensionsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr.suspension-account")));
        return (dialogs, page);
    }

    [Fact]
    public async Task SuspendPrivileges_WithAReason_SuspendsTheAdministratorAndLiftSuspensionLiftsIt()
    {
        var (dialogs, page) = RenderAsOperationsUnit();

        Button(AdministratorRow(page), "Suspend privileges").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Suspend Morgan MIS's MIS Administrator privileges (REV-1)", dialogs.Find(".mud-dialog").TextContent));
        dialogs.Find("#suspension-reason").Change("Ran a script against CalJOBS.");
        dialogs.Find("#confirm-suspension").Click();

        page.WaitForAssertion(() => Assert.Contains("Suspended since", AdministratorRow(page).TextContent));
        Assert.Contains("Ran a script against CalJOBS.", AdministratorRow(page).TextContent);

        // Found and clicked in one turn of the renderer: the save's own live update may render the row again in between.
        await page.InvokeAsync(() => Button(AdministratorRow(page), "Lift suspension").Click());

        page.WaitForAssertion(() => Assert.Contains("Active", AdministratorRow(page).TextContent));
        Assert.NotNull(Button(AdministratorRow(page), "Suspend privileges"));
    }

    [Fact]
    public void SuspendPrivileges_WithoutAReason_SaysSoAndSuspendsNothing()
    {
        var (dialogs, page) = RenderAsOperationsUnit();

        Button(AdministratorRow(page), "Suspend privileges").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#confirm-suspension"));
        dialogs.Find("#confirm-suspension").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Give the reason for the suspension (REV-1)", dialogs.Find(".mud-dialog").TextContent));
        using var db = Database.CreateDbContext();
        Assert.All(db.Designations.AsNoTracking().ToList(), d => Assert.Null(d.SuspendedOn));
    }

    [Fact]
    public void SuspendAccount_WithAReason_SuspendsTheStaffAccount()
    {
        var (dialogs, page) = RenderAsOperationsUnit();

        Button(AccountRow(page), "Suspend account").Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Suspend the account {_account.Username} (REV-1)", dialogs.Find(".mud-dialog").TextContent));
        dialogs.Find("#suspension-reason").Change("Shared the password.");
        dialogs.Find("#confirm-suspension").Click();

        page.WaitForAssertion(() => Assert.Contains("Lift suspension", AccountRow(page).TextContent));
        using var db = Database.CreateDbContext();
        Assert.Equal(AccountStatus.Suspended, db.StaffAccounts.AsNoTracking().Single(a => a.Id == _account.Id).Status);
    }

    private static IElement AdministratorRow(IRenderedComponent<SuspensionsPage> page) =>
        page.FindAll("[data-testid=administrators] tbody tr").Single(row => row.TextContent.Contains("Morgan MIS"));

    private IElement AccountRow(IRenderedComponent<SuspensionsPage> page) =>
        page.Find($"tr.suspension-account[data-account='{_account.Id}']");

    private static IElement Button(IElement row, string text) =>
        row.QuerySelectorAll("button").Single(button => button.TextContent.Trim() == text);
}
