using Bunit;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The maintenance panels: the reset's temporary password is shown once — gone when hidden and on a fresh render — and
/// the privilege-update dialog offers exactly the administrator's own groups (GRP-1) and no restricted privilege.
/// </summary>
public class MaintenancePanelTests : ComponentTestContext
{
    private readonly World _world = new();
    private readonly RecordingNotificationSender _notifications = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StoredWorld.CreateAsync(Database, _world);
    }

    [Fact]
    public async Task ResetPanel_ShowsTheNewPasswordOnce_AndItIsGoneWhenHiddenAndOnAFreshRender()
    {
        var account = await AccountWithSignInAsync();
        var request = await ApprovedAsync(_world.FormFor(account, AccessRequestKind.PasswordReset));
        Register(_world.MisAdministrator.PersonId);
        var panel = Render<PasswordResetPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForAssertion(() => Assert.False(panel.Find("#reset-password").HasAttribute("disabled")));

        await panel.Find("#reset-password").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("#temporary-password")));
        var password = _notifications.Sent.Single().Secret!;
        Assert.Equal(password, panel.Find("#temporary-password").TextContent);
        Assert.NotEmpty(panel.FindAll("#password-reset-done"));
        Assert.Empty(panel.FindAll("#reset-password"));

        var fresh = Render<PasswordResetPanel>(p => p.Add(x => x.RequestId, request.Id));
        fresh.WaitForAssertion(() => Assert.NotEmpty(fresh.FindAll("#password-reset-done")));
        Assert.DoesNotContain(password, fresh.Markup);

        await panel.Find("#hide-password").ClickAsync(new());
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("#temporary-password")));
        Assert.DoesNotContain(password, panel.Markup);
    }

    [Fact]
    public async Task ResetPanel_WhenTheFormIsMissing_ListsDoc1AndDisablesTheButton()
    {
        var account = await AccountWithSignInAsync();
        var request = await ApprovedAsync(_world.FormFor(account, AccessRequestKind.PasswordReset), withEvidence: false);
        Register(_world.MisAdministrator.PersonId);

        var panel = Render<PasswordResetPanel>(p => p.Add(x => x.RequestId, request.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll(".eligibility-panel .rule-code")));
        Assert.Equal(["DOC-1"], panel.FindAll(".eligibility-panel .rule-code").Select(c => c.TextContent.Trim()));
        Assert.True(panel.Find("#reset-password").HasAttribute("disabled"));
    }

    [Fact]
    public async Task UpdateDialog_ForAnMisAdministrator_OffersExactlyTheEightLwiaGroupsAndNoRestrictedPrivilege()
    {
        var account = await AccountWithSignInAsync();
        var request = await ApprovedAsync(_world.FormFor(account, AccessRequestKind.PrivilegeUpdate));
        Register(_world.MisAdministrator.PersonId);
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var panel = Render<PrivilegeUpdatePanel>(p => p.Add(x => x.RequestId, request.Id));
        panel.WaitForAssertion(() => Assert.False(panel.Find("#update-privileges").HasAttribute("disabled")));

        // Not awaited: the click's handler waits for the dialog's result, which comes only when the dialog closes.
        _ = panel.Find("#update-privileges").ClickAsync(new());
        dialogs.WaitForElement("#update-confirm");
        await dialogs.Find("div.mud-select div.mud-input-control").MouseDownAsync(new());

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Order(), popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).Order());
        var labels = dialogs.FindAll(".extra-privileges label").Select(l => l.TextContent).ToList();
        Assert.Contains(labels, l => l.Contains("CASE_NOTES"));
        Assert.DoesNotContain(labels, l => l.Contains("SSN_UNMASK") || l.Contains("MERGE_ACCOUNTS"));
    }

    private void Register(Guid userId)
    {
        SignInAs(userId);
        Services.AddSingleton<INotificationSender>(_notifications);
        Services.AddSingleton<IPasswordHasher<ConsoleUser>, PasswordHasher<ConsoleUser>>();
        Services.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        Services.AddSingleton<ILogger<CredentialIssuer>>(NullLogger<CredentialIssuer>.Instance);
        Services.AddSingleton<TemporaryPasswordGenerator>();
        Services.AddScoped<CredentialIssuer>();
        Services.AddScoped<PasswordResetService>();
        Services.AddScoped<PrivilegeUpdateService>();
    }

    /// <summary>An LWIA account with its console sign-in (the reset replaces that sign-in's password).</summary>
    private async Task<StaffAccount> AccountWithSignInAsync()
    {
        var (_, account) = await StoredAccounts.CreateAsync(Database, _world, _world.NewAccountForm(), "pat.staff");
        await SignedIn.AddUserAsync(Database, account.Id, account.Staff.FullName, ConsoleRoles.Staff);
        return account;
    }

    private async Task<AccessRequest> ApprovedAsync(AccessRequestForm form, bool withEvidence = true)
    {
        var request = _world.Approved(form);
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        if (withEvidence)
            db.EvidenceDocuments.AddRange(_world.FullEvidence(request));
        await db.SaveChangesAsync();
        return request;
    }
}
