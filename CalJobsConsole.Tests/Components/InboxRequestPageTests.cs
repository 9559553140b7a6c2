using System.Text.RegularExpressions;
using Bunit;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// Issue 20, item 6: the request page shows the Attachment 3 as filed, in words (no enum names), and says before approval who
/// may grant the requested group (GRP-1, GRP-2, otherwise the Operations Unit, GRP-3) and what approving does with it.
/// </summary>
public class InboxRequestPageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    private World World => _stored.World;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
    }

    [Fact]
    public async Task Render_WhenANewAccountRequestIsOpened_ShowsEveryFieldAsFiledInWords()
    {
        var today = World.Clock.Today;
        var request = await SubmitAsync(World.NewAccountForm(StaffKind.Edd) with
        {
            Staff = ContactDetails.Create("Jo Martinez", "jo.martinez@edd.example.ca.gov", "916-555-0134"),
            Attestations = new Attestations(today.AddDays(-20), ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, today.AddDays(-10))),
        });

        var page = Open(World.MisAdministrator, request);

        var fields = Fields(page);
        Assert.Equal("New account", fields["Kind of request"]);
        Assert.Equal("Awaiting the administrator's decision", fields["Status"]);
        Assert.Equal("Riley Requestor", fields["Requestor"]);
        Assert.Equal(TimeZoneInfo.ConvertTime(request.SubmittedAt, TestClock.Pacific).ToString("yyyy-MM-dd HH:mm") + " Pacific time", fields["Submitted"]);
        Assert.Equal("Jo Martinez", fields["Staff member"]);
        Assert.Equal("jo.martinez@edd.example.ca.gov", fields["E-mail"]);
        Assert.Equal("916-555-0134", fields["Staff member's phone"]);
        Assert.Equal("Career Coach", fields["Staff member's job title"]);
        Assert.Equal(World.RequestorTitle, fields["Requestor's title"]);
        Assert.Equal(World.RequestorPhone, fields["Requestor's phone"]);
        Assert.Equal("EDD staff (signs the DE 7410)", fields["EDD or non-EDD"]);
        Assert.Equal("Auburn AJCC", fields["Office"]);
        Assert.Equal("Golden Sierra", fields["Area"]);
        Assert.Equal("LWIA staff, by the MIS Administrators of Golden Sierra", fields["Administered as"]);
        Assert.Equal("LWIA/CBO Staff", fields["Privilege group requested"]);
        Assert.Equal($"Completed on {today.AddDays(-20):yyyy-MM-dd}", fields["ISPA training"]);
        Assert.Equal($"DE 7410 signed on {today.AddDays(-10):yyyy-MM-dd}", fields["Confidentiality statement"]);
        Assert.Equal("Case management for WIOA Title I participants.", fields["Business need"]);
        Assert.Equal("Yes: Riley Requestor verified the staff member's ISPA training and confidentiality statement", fields["Attestations verified"]);
        Assert.Equal("Yes: Riley Requestor confirmed the staff member has a business need for this access", fields["Business need confirmed"]);
        Assert.DoesNotContain("Staff account", fields.Keys);
        AssertNoEnumNames(page);
    }

    [Fact]
    public async Task Render_WhenADeactivationOfAnAccountIsOpened_ShowsTheAccountTheRefusedStatementAndTheSeparationDate()
    {
        var today = World.Clock.Today;
        var account = World.CreateAccount();
        await using (var db = Database.CreateDbContext())
        {
            db.StaffAccounts.Add(account);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var request = await SubmitAsync(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: today.AddDays(5),
            attestations: new Attestations(null, ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, today.AddDays(-3)))));

        var page = Open(World.MisAdministrator, request);

        var fields = Fields(page);
        Assert.Equal("Deactivation", fields["Kind of request"]);
        Assert.Equal(account.Username, fields["Staff account"]);
        Assert.Equal("Non-EDD staff (signs Attachment E-1)", fields["EDD or non-EDD"]);
        Assert.Equal("Not completed", fields["ISPA training"]);
        Assert.Equal($"Attachment E-1: the staff member refused to sign it on {today.AddDays(-3):yyyy-MM-dd}", fields["Confidentiality statement"]);
        Assert.Equal(today.AddDays(5).ToString("yyyy-MM-dd"), fields["Separation date"]);
        Assert.Equal("Not given", fields["Business need"]);
        Assert.DoesNotContain("Privilege group requested", fields.Keys);
        Assert.Empty(page.FindAll("#group-grant"));
        AssertNoEnumNames(page);
    }

    /// <summary>The issue's case: an MIS Administrator opened a request for "EDD WSB Staff" and read only "you may approve".</summary>
    [Fact]
    public async Task Render_WhenAnMisAdministratorOpensASpocOnlyGroup_SaysBeforeApprovalThatItGoesToTheOperationsUnit()
    {
        var request = await SubmitAsync(World.NewAccountForm(StaffKind.Edd, group: DirectivePrivilegeGroups.EddWsbStaff));

        var page = Open(World.MisAdministrator, request);

        Assert.Equal("Every prerequisite is met: you may approve this request. Approval does not grant the privilege group it asks for (GRP-1): see below.",
            page.Find(".eligibility-panel").TextContent.Trim());
        var grant = page.Find("#group-grant");
        Assert.Equal("Privilege group requested: EDD WSB Staff", grant.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("EDD WSB Staff is granted by a CalJOBS SPOC: GRP-2 (WSD24-13, Create New CalJOBS Staff User Account (WSB CalJOBS SPOC groups)).",
            Text(grant, ".granted-by"));
        Assert.Equal("The account is administered as LWIA staff, by the MIS Administrators of Golden Sierra.", Text(grant, ".administered-as"));
        Assert.Equal("GRP-1 (WSD24-13, Create New CalJOBS Staff User Account (MIS Administrator groups)): MIS Administrators may not assign the group 'EDD WSB Staff'.",
            Text(grant, ".group-rule"));
        Assert.Equal("You are an MIS Administrator: approving does not create the account with EDD WSB Staff. After approval you escalate the request "
            + "to the Operations Unit, GRP-3 (WSD24-13, Create New CalJOBS Staff User Account (other groups and privileges)), which grants the group "
            + "and creates the account, or declines it and the request closes as rejected. This is an escalation, not a refusal: you may approve.",
            Text(grant, ".on-approval"));
        Assert.Equal(
        [
            "Or return the request for correction so it asks for a group you grant: ETPL Coordinators, LWIA Intake Staff, LWIA Partner Staff, "
                + "LWIA Partner Supervisor, LWIA/CBO Staff, View Access, View Access with Reports, WARN.",
            "If Pat Staff is WSB staff, return the request for correction to file it as WSB staff: it then goes to the CalJOBS SPOCs of "
                + "WSB Northern Division, who grant EDD WSB Staff (GRP-2).",
        ], grant.QuerySelectorAll(".grant-alternative").Select(a => a.TextContent.Trim()));
        AssertSaidBeforeTheApproveButton(page);
    }

    [Fact]
    public async Task Render_WhenAnMisAdministratorOpensAGroupTheyGrant_SaysApprovingLetsThemGrantIt()
    {
        var request = await SubmitAsync(World.NewAccountForm(group: DirectivePrivilegeGroups.LwiaCboStaff));

        var page = Open(World.MisAdministrator, request);

        Assert.Equal("Every prerequisite is met: you may approve this request.", page.Find(".eligibility-panel").TextContent.Trim());
        var grant = page.Find("#group-grant");
        Assert.Equal("LWIA/CBO Staff is granted by an MIS Administrator: GRP-1 (WSD24-13, Create New CalJOBS Staff User Account (MIS Administrator groups)).",
            Text(grant, ".granted-by"));
        Assert.Equal("You are an MIS Administrator and may grant it: once you approve, you create the account with LWIA/CBO Staff yourself.",
            Text(grant, ".on-approval"));
        Assert.Empty(grant.QuerySelectorAll(".group-rule"));
        Assert.Empty(grant.QuerySelectorAll(".grant-alternative"));
        AssertSaidBeforeTheApproveButton(page);
    }

    [Fact]
    public async Task Render_WhenASpocOpensAWsbGroup_SaysTheAccountIsWsbStaffAndTheSpocGrantsIt()
    {
        var request = await SubmitAsync(World.NewAccountForm(StaffKind.Edd, wsb: true));

        var page = Open(World.Spoc, request);

        Assert.Equal("WSB staff, by the CalJOBS SPOCs of WSB Northern Division", Fields(page)["Administered as"]);
        var grant = page.Find("#group-grant");
        Assert.Equal("EDD WSB Staff is granted by a CalJOBS SPOC: GRP-2 (WSD24-13, Create New CalJOBS Staff User Account (WSB CalJOBS SPOC groups)).",
            Text(grant, ".granted-by"));
        Assert.Equal("The account is administered as WSB staff, by the CalJOBS SPOCs of WSB Northern Division.", Text(grant, ".administered-as"));
        Assert.Equal("You are a CalJOBS SPOC and may grant it: once you approve, you create the account with EDD WSB Staff yourself.",
            Text(grant, ".on-approval"));
        Assert.Empty(grant.QuerySelectorAll(".group-rule"));
        Assert.Equal("Every prerequisite is met: you may approve this request.", page.Find(".eligibility-panel").TextContent.Trim());
    }

    [Fact]
    public async Task Render_WhenASpocOpensAGroupOnlyTheOperationsUnitGrants_CitesGrp2AndGrp3AndOffersNoOtherAdministrator()
    {
        var request = await SubmitAsync(World.NewAccountForm(StaffKind.Edd, group: "State Monitor", wsb: true));

        var page = Open(World.Spoc, request);

        var grant = page.Find("#group-grant");
        Assert.Equal("State Monitor is granted by the Operations Unit only: GRP-3 (WSD24-13, Create New CalJOBS Staff User Account (other groups and privileges)).",
            Text(grant, ".granted-by"));
        Assert.StartsWith("GRP-2 (WSD24-13, Create New CalJOBS Staff User Account (WSB CalJOBS SPOC groups)): CalJOBS SPOCs may not assign the group 'State Monitor'.",
            Text(grant, ".group-rule"));
        Assert.StartsWith("You are a CalJOBS SPOC: approving does not create the account with State Monitor.", Text(grant, ".on-approval"));
        Assert.Single(grant.QuerySelectorAll(".grant-alternative"));
        Assert.Contains("(GRP-2): see below", page.Find(".eligibility-panel").TextContent);
    }

    [Fact]
    public async Task Render_WhenTheOperationsUnitOpensARequest_SaysWhoGrantsTheGroupWithoutAnApprovalToTake()
    {
        var request = await SubmitAsync(World.NewAccountForm(StaffKind.Edd, group: DirectivePrivilegeGroups.EddWsbStaff));

        var page = Open(_stored.OperationsUnitUserId, request);

        var grant = page.Find("#group-grant");
        Assert.Equal("EDD WSB Staff is granted by a CalJOBS SPOC: GRP-2 (WSD24-13, Create New CalJOBS Staff User Account (WSB CalJOBS SPOC groups)).",
            Text(grant, ".granted-by"));
        Assert.Empty(grant.QuerySelectorAll(".on-approval"));
        Assert.Empty(page.FindAll("#approve-request"));
    }

    /// <summary>Issue 20: a request filed before the titles and phones were asked (the migration left them empty) says so, field by field.</summary>
    [Fact]
    public async Task Render_WhenTheRequestWasFiledBeforeTitlesAndPhonesWereAsked_SaysNotAskedForEach()
    {
        var request = await SubmitAsync(World.NewAccountForm());
        await using (var db = Database.CreateDbContext())
            await FormsFiledBefore.ForgetFullerFieldsAsync(db, Xunit.TestContext.Current.CancellationToken);

        var fields = Fields(Open(World.MisAdministrator, request));

        foreach (var label in new[] { "Requestor's title", "Requestor's phone", "Staff member's job title", "Staff member's phone" })
            Assert.Equal(CalJobsConsole.App.Features.FiledFormWords.NotAsked, fields[label]);
        Assert.Equal("Pat Staff", fields["Staff member"]);
    }

    private IRenderedComponent<InboxRequestPage> Open(AdministratorActor administrator, AccessRequest request) => Open(administrator.PersonId, request);

    private IRenderedComponent<InboxRequestPage> Open(Guid userId, AccessRequest request)
    {
        SignInAs(userId);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<InboxRequestPage>(p => p.Add(x => x.RequestId, request.Id));
        // The read is asynchronous (truly so on PostgreSQL): wait for the form to be on the page.
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".request-summary tr.filed-field")));
        return page;
    }

    private static Dictionary<string, string> Fields(IRenderedComponent<InboxRequestPage> page) =>
        page.FindAll(".request-summary tr.filed-field").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(), row => row.QuerySelector("td")!.TextContent.Trim());

    private static string Text(AngleSharp.Dom.IElement element, string selector) => element.QuerySelector(selector)!.TextContent.Trim();

    /// <summary>The group statement is on the page above the Approve button, so it is read before the click.</summary>
    private static void AssertSaidBeforeTheApproveButton(IRenderedComponent<InboxRequestPage> page)
    {
        var markup = page.Markup;
        Assert.True(markup.IndexOf("id=\"group-grant\"", StringComparison.Ordinal) is var grant and >= 0
            && grant < markup.IndexOf("id=\"approve-request\"", StringComparison.Ordinal));
    }

    /// <summary>No enum member name shows (<c>Edd</c>, <c>NewAccount</c>, <c>De7410</c>…), and the status is not a bare enum name.</summary>
    private static void AssertNoEnumNames(IRenderedComponent<InboxRequestPage> page)
    {
        var text = page.Find(".request-summary").TextContent + " " + (page.FindAll("#group-grant").FirstOrDefault()?.TextContent ?? "");
        var names = new[] { typeof(StaffKind), typeof(AccessRequestKind), typeof(AccessRequestStatus), typeof(ConfidentialityStatementKind),
                typeof(AreaKind), typeof(AdministratorRole), typeof(GrantingAuthority) }
            .SelectMany(Enum.GetNames).Where(name => name == "Edd" || Regex.IsMatch(name, "^[A-Z][a-z]+[A-Z0-9]")).ToList();
        Assert.All(names, name => Assert.DoesNotMatch($@"\b{name}\b", text));
        Assert.DoesNotContain(Fields(page)["Status"], Enum.GetNames<AccessRequestStatus>());
    }

    private async Task<AccessRequest> SubmitAsync(AccessRequestForm form)
    {
        var request = World.Submit(form);
        World.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return request;
    }
}
