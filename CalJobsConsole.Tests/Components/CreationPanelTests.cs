using Bunit;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The create-account panel and dialog: the groups offered are exactly the administrator's own (GRP-1: the 8 LWIA groups,
/// GRP-2: the 6 WSB groups), and the temporary password is shown once — gone when hidden and on a fresh render.
/// </summary>
public class CreationPanelTests : ComponentTestContext
{
    private readonly World _world = new();
    private readonly RecordingNotificationSender _notifications = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StoredWorld.CreateAsync(Database, _world);
        await using var db = Database.CreateDbContext();
        db.Roles.Add(new IdentityRole<Guid>(ConsoleRoles.Staff) { Id = Guid.NewGuid(), NormalizedName = ConsoleRoles.Staff.ToUpperInvariant() });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task CreateDialog_ForAnMisAdministrator_OffersExactlyTheEightLwiaGroups()
    {
        var request = await ApprovedAsync(_world.NewAccountForm());

        var (_, popovers) = await OpenDialogAsync(_world.MisAdministrator.PersonId, request);

        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Order(), popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task CreateDialog_ForASpoc_OffersExactlyTheSixWsbGroups()
    {
        var request = await ApprovedAsync(_world.NewAccountForm(CalJobsConsole.Domain.Attestations.StaffKind.Edd, wsb: true));

        var (_, popovers) = await OpenDialogAsync(_world.Spoc.PersonId, request);

        Assert.Equal(DirectivePrivilegeGroups.WsbGroups.Order(), popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task CreateDialog_OffersNoRestrictedPrivilege()
    {
        var request = await ApprovedAsync(_world.NewAccountForm());

        var (dialogs, _) = await OpenDialogAsync(_world.MisAdministrator.PersonId, request);

        var labels = dialogs.FindAll(".extra-privileges label").Select(l => l.TextContent).ToList();
        Assert.Contains(labels, l => l.Contains("CASE_NOTES"));
        Assert.DoesNotContain(labels, l => l.Contains("SSN_UNMASK") || l.Contains("MERGE_ACCOUNTS"));
    }

    [Fact]
    public async Task Credential_IsShownOnceAfterCreation_AndGoneWhenHiddenAndOnAFreshRender()
    {
        var request = await ApprovedAsync(_world.NewAccountForm());
        var (dialogs, _) = await OpenDialogAsync(_world.MisAdministrator.PersonId, request, out var panel);

        await dialogs.Find("#create-confirm").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("#temporary-password")));
        var password = _notifications.Sent.Single().Secret!;
        Assert.Equal(password, panel.Find("#temporary-password").TextContent);
        Assert.NotEmpty(panel.FindAll("#account-created"));

        var fresh = Render<CreationPanel>(p => p.Add(x => x.RequestId, request.Id));
        fresh.WaitForAssertion(() => Assert.NotEmpty(fresh.FindAll("#account-created")));
        Assert.Empty(fresh.FindAll("#temporary-password"));
        Assert.DoesNotContain(password, fresh.Markup);

        await panel.Find("#hide-password").ClickAsync(new());
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("#temporary-password")));
        Assert.DoesNotContain(password, panel.Markup);
    }

    [Fact]
    public async Task Panel_WhenDocumentsAreMissing_ListsTheDoc1RulesAndDisablesCreate()
    {
        var request = await ApprovedAsync(_world.NewAccountForm(), withEvidence: false);
        Register(_world.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();

        var panel = Render<CreationPanel>(p => p.Add(x => x.RequestId, request.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll(".eligibility-panel .rule-code")));
        Assert.Equal(["DOC-1", "DOC-1", "DOC-1"], panel.FindAll(".eligibility-panel .rule-code").Select(c => c.TextContent.Trim()));
        Assert.True(panel.Find("#create-account").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Panel_ForAPersonWhoHoldsAnOpenAccount_SaysWhoTheyAreListsReq1AndDisablesCreate()
    {
        var first = await ApprovedAsync(_world.NewAccountForm());
        var (dialogs, _) = await OpenDialogAsync(_world.MisAdministrator.PersonId, first, out var created);
        await dialogs.Find("#create-confirm").ClickAsync(new());
        created.WaitForAssertion(() => Assert.NotEmpty(created.FindAll("#account-created")));
        var second = await ApprovedAsync(_world.NewAccountForm());

        var panel = Render<CreationPanel>(p => p.Add(x => x.RequestId, second.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll(".eligibility-panel .rule-code")));
        Assert.Equal(["REQ-1"], panel.FindAll(".eligibility-panel .rule-code").Select(c => c.TextContent.Trim()));
        Assert.Contains("privilege update", panel.Find(".eligibility-panel").TextContent);
        Assert.True(panel.Find("#create-account").HasAttribute("disabled"));
        Assert.Empty(panel.FindAll("#known-person"));
    }

    [Fact]
    public async Task Panel_ForASupervisorWhoNeedsAStaffAccount_SaysTheTemporaryPasswordReplacesTheirs()
    {
        await using (var db = Database.CreateDbContext())
        {
            var supervisor = await db.Users.SingleAsync(u => u.Id == _world.RequestorId);
            supervisor.NormalizedEmail = supervisor.Email!.ToUpperInvariant();
            await db.SaveChangesAsync();
        }
        var request = await ApprovedAsync(_world.NewAccountForm() with
        {
            Staff = CalJobsConsole.Domain.Common.ContactDetails.Create("Riley Requestor", await EmailOfAsync(_world.RequestorId), World.Phone),
        });
        Register(_world.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();

        var panel = Render<CreationPanel>(p => p.Add(x => x.RequestId, request.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("#known-person")));
        Assert.Contains("signs in to the console as Requestor", panel.Find("#known-person").TextContent);
        Assert.Contains("temporary password replaces their console password", panel.Find("#known-person").TextContent);
        Assert.False(panel.Find("#create-account").HasAttribute("disabled"));
    }

    /// <summary>Issue 20: the escalation's state reads in words ("Awaiting the Operations Unit's decision"), not the enum name <c>Open</c>.</summary>
    [Fact]
    public async Task Panel_WhenTheRequestWasEscalated_SaysItAwaitsTheOperationsUnitInWords()
    {
        var request = await ApprovedAsync(_world.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));
        await using (var db = Database.CreateDbContext())
        {
            var tracked = await db.AccessRequests.SingleAsync(r => r.Id == request.Id);
            db.Escalations.Add(CalJobsConsole.Domain.Escalations.Escalation.Raise(tracked, _world.MisAdministrator,
                _world.Group(DirectivePrivilegeGroups.EddWsbStaff), [], "A SPOC-only group.", _world.Business));
            await db.SaveChangesAsync();
        }
        Register(_world.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();

        var panel = Render<CreationPanel>(p => p.Add(x => x.RequestId, request.Id));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("#escalation-state")));
        var state = System.Text.RegularExpressions.Regex.Replace(panel.Find("#escalation-state").TextContent, @"\s+", " ");
        Assert.Contains("(GRP-1): EDD WSB Staff — Awaiting the Operations Unit's decision.", state);
        Assert.DoesNotMatch(@"\bOpen\b", state);
    }

    private async Task<string> EmailOfAsync(Guid userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync();
    }

    private Task<(IRenderedComponent<MudDialogProvider>, IRenderedComponent<MudPopoverProvider>)> OpenDialogAsync(Guid userId, AccessRequest request) =>
        OpenDialogAsync(userId, request, out _);

    private Task<(IRenderedComponent<MudDialogProvider>, IRenderedComponent<MudPopoverProvider>)> OpenDialogAsync(Guid userId, AccessRequest request,
        out IRenderedComponent<CreationPanel> panel)
    {
        Register(userId);
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var rendered = Render<CreationPanel>(p => p.Add(x => x.RequestId, request.Id));
        panel = rendered;
        return OpenAsync();

        async Task<(IRenderedComponent<MudDialogProvider>, IRenderedComponent<MudPopoverProvider>)> OpenAsync()
        {
            rendered.WaitForAssertion(() => Assert.False(rendered.Find("#create-account").HasAttribute("disabled")));
            // Not awaited: the click's handler waits for the dialog's result, which comes only when the dialog closes.
            _ = rendered.Find("#create-account").ClickAsync(new());
            dialogs.WaitForElement("#create-confirm");
            await dialogs.Find("div.mud-select div.mud-input-control").MouseDownAsync(new());
            popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
            return (dialogs, popovers);
        }
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
        Services.AddScoped<NewAccountRecorder>();
        Services.AddScoped<AccountCreationService>();
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
