using System.Text.RegularExpressions;
using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The console in the Production environment on an empty database (nothing seeded but the directive's privilege groups), its
/// e-mail written to a pickup folder the journey reads as each person's mailbox.
/// </summary>
public sealed class GoingLiveFixture : BrowserFixture
{
    public GoingLiveFixture()
        : base("Production", new Dictionary<string, string?> { ["CalJobs:Mail:PickupDirectory"] = PickupFolderFor(out var folder) }) =>
        MailFolder = folder;

    public string MailFolder { get; }

    /// <summary>The newest e-mail to <paramref name="address"/> whose subject holds <paramref name="subject"/>, waited for up to 10 s.</summary>
    public async Task<MimeMessage> MailToAsync(string address, string subject)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = Directory.EnumerateFiles(MailFolder, "*.eml").Order().Reverse()
                .Select(path => MimeMessage.Load(path))
                .FirstOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))
                    && m.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
                return found;
            if (attempt >= 50)
                throw new Xunit.Sdk.XunitException($"No e-mail to {address} about '{subject}' in {MailFolder}.");
            await Task.Delay(200);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
            Directory.Delete(MailFolder, recursive: true);
    }

    private static string PickupFolderFor(out string folder) =>
        folder = Directory.CreateTempSubdirectory("caljobs-going-live-mail-").FullName;
}

[CollectionDefinition(Name)]
public sealed class GoingLiveCollection : ICollectionFixture<GoingLiveFixture>
{
    public const string Name = "Going live on an empty database";
}

/// <summary>
/// Issue 18's journey, on a database the demo never touched, with axe on every page: the first Operations Unit member (the
/// create-operations-user command) → an area and a division with an office → a Director appointed by name and e-mail, who
/// chooses a password through the invitation read from the mail → the Director signs an Attachment 1 → the Operations Unit
/// records it → the administrator's invitation → their training recorded → the administrator registers a requestor (REQ-2) →
/// the requestor's invitation → a new-account request → the administrator uploads the evidence and creates the account → the
/// staff member's first sign-in with the temporary password from their e-mail (CRD-1).
/// </summary>
[Collection(GoingLiveCollection.Name)]
public sealed partial class GoingLiveJourney(GoingLiveFixture live)
{
    private const string OpsPassword = "Operations!Start2026";
    private const string ChosenPassword = "Chosen!Password2026";

    [Fact]
    public async Task GoingLive_FromTheFirstOperationsUnitMemberToAStaffMembersFirstSignIn()
    {
        var output = new StringWriter();
        var created = await new OperationsUserCommand(live.Services, output, output)
            .RunAsync(["olga.ops", "olga.ops@edd.example.gov", "Olga Operations"], OpsPassword, TestContext.Current.CancellationToken);
        Assert.True(created == 0, output.ToString());
        var files = Journeys.PdfFiles("ispa-certificate", "signed-e1");
        try
        {
            await live.RunAsync("/Account/Login", async ops =>
            {
                await SignInAsync(ops, "olga.ops", OpsPassword);
                await AddAreasAndOfficeAsync(ops);

                await AcceptInvitationAsync("dana.director@motherlode.example.gov", async director =>
                {
                    await Journeys.OpenFromNavigationAsync(director, "Designation forms", "Designation forms");
                    await Expect(director.Page.GetByTestId("form-seats")).ToHaveTextAsync("Seats: 0 of 3 MIS Administrators");
                    await director.Page.GetByLabel("Full name").FillAsync("Avery Admin");
                    await director.Page.GetByLabel("E-mail").FillAsync("avery.admin@motherlode.example.gov");
                    await Journeys.FillDesignationParticularsAsync(director.Page.Locator("main"));
                    await Journeys.SignAsOwnNameAsync(director.Page.Locator("main"));
                    await director.Page.GetByRole(AriaRole.Button, new() { Name = "Sign and submit" }).ClickAsync();
                    await Expect(director.Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Add form submitted");
                    await director.AssertAccessibleAsync();
                });

                await Journeys.OpenFromNavigationAsync(ops, "Designation queue", "Designation forms to record");
                await ops.Page.GetByRole(AriaRole.Button, new() { Name = "Record the Add form for Avery Admin" }).ClickAsync();
                await Expect(ops.Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("recorded");
                await ops.AssertAccessibleAsync();

                await Journeys.OpenFromNavigationAsync(ops, "Designations and training", "Administrator designations");
                await ops.Page.GetByRole(AriaRole.Button, new() { Name = "Record training for Avery Admin" }).ClickAsync();
                var training = ops.Page.GetByRole(AriaRole.Dialog);
                await Journeys.FillDateAsync(training.GetByLabel("Training completed on"), Journeys.Iso(Journeys.Today()));
                await ops.AssertAccessibleAsync();
                await training.GetByRole(AriaRole.Button, new() { Name = "Record training" }).ClickAsync();
                await Expect(ops.Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Training of Avery Admin recorded");

                await Journeys.OpenFromNavigationAsync(ops, "People", "People");
                await Expect(ops.Page.Locator("tr", new() { HasText = "Avery Admin" }).Locator(".people-invitation")).ToHaveTextAsync("Sent, not used yet");
            });

            string username = "sonora.staff";
            await AcceptInvitationAsync("avery.admin@motherlode.example.gov", async admin =>
            {
                await Journeys.OpenFromNavigationAsync(admin, "Requestors", "Requestors");
                await Expect(admin.Page.Locator("#no-requestors")).ToBeVisibleAsync();
                var main = admin.Page.Locator("main");
                await main.GetByLabel("Full name").FillAsync("Rosa Requestor");
                await main.GetByLabel("E-mail").FillAsync("rosa.requestor@motherlode.example.gov");
                await main.GetByLabel("Sonora AJCC").CheckAsync();
                await main.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
                await Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Rosa Requestor is registered as a requestor");
                await Expect(main.GetByTestId("requestors")).ToContainTextAsync("Sonora AJCC");
                await admin.AssertAccessibleAsync();
            });

            await AcceptInvitationAsync("rosa.requestor@motherlode.example.gov", async requestor =>
            {
                await Journeys.OpenFromNavigationAsync(requestor, "New request", "New access request");
                var main = requestor.Page.Locator("main");
                await main.GetByLabel("Staff member's full name").FillAsync("Sol Staff");
                await main.GetByLabel("Staff member's e-mail").FillAsync("sol.staff@motherlode.example.gov");
                await main.GetByText("Non-EDD staff (signs Attachment E-1)").ClickAsync();
                await Journeys.ChooseAsync(requestor, "Office", "Sonora AJCC");
                await Journeys.ChooseAsync(requestor, "Privilege group requested", "LWIA/CBO Staff");
                var tenDaysAgo = Journeys.Iso(Journeys.Today().AddDays(-10));
                await Journeys.FillDateAsync(main.GetByLabel("Most recent ISPA training date"), tenDaysAgo);
                await Journeys.FillDateAsync(main.GetByLabel("DE 7410 / Attachment E-1 date (signed or refused)"), tenDaysAgo);
                await Journeys.AttestAndSubmitAsync(requestor, "Sol Staff", "New account");
            });

            await live.RunAsync("/Account/Login", async admin =>
            {
                await SignInAsync(admin, "avery.admin@motherlode.example.gov", ChosenPassword);
                await Journeys.OpenFromInboxAsync(admin, "Sol Staff", "New account");
                await Journeys.ApproveAndSignAsync(admin);
                await Expect(admin.Page.Locator(".creation-panel").GetByRole(AriaRole.Heading, new() { Name = "Create the account", Level = 2, Exact = true }))
                    .ToBeVisibleAsync();
                // On a database the demo never touched too, the approval filed the request form (issue 20).
                await Journeys.ExpectRequestFormFiledByConsoleAsync(admin);
                await Journeys.UploadUntilCompleteAsync(admin, files);
                await Expect(admin.Page.Locator("#create-account")).ToBeEnabledAsync();
                await admin.Page.Locator("#create-account").ClickAsync();
                var dialog = admin.Page.GetByRole(AriaRole.Dialog);
                await dialog.GetByLabel("CalJOBS username").FillAsync(username);
                await admin.AssertAccessibleAsync();
                await dialog.Locator("#create-confirm").ClickAsync();
                await Expect(admin.Page.Locator("#account-created")).ToBeVisibleAsync();
                await admin.AssertAccessibleAsync();
            });

            var credential = await live.MailToAsync("sol.staff@motherlode.example.gov", "Your new CalJOBS staff account");
            var temporary = TemporaryPasswordLine().Match(credential.TextBody ?? "").Groups[1].Value.Trim();
            Assert.False(string.IsNullOrEmpty(temporary), "No temporary password in the credential e-mail:\n" + credential.TextBody);
            await live.RunAsync("/Account/Login", async staff =>
            {
                await Journeys.SignInAsync(staff, username, temporary,
                    staff.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 }));
                await Expect(staff.Page.Locator("#first-sign-in-notice")).ToContainTextAsync("CRD-1");
                await staff.Page.GetByLabel("Temporary password").FillAsync(temporary);
                await staff.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(ChosenPassword);
                await staff.Page.GetByLabel("Confirm the new password").FillAsync(ChosenPassword);
                await staff.NavigateAsync(() => staff.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync(),
                    staff.Page.GetByRole(AriaRole.Heading, new() { Name = "My CalJOBS account", Level = 1 }));
                await Expect(staff.Page.Locator("main")).ToContainTextAsync(username);
                await Expect(staff.Page.Locator("main")).ToContainTextAsync("Active");
            });
        }
        finally
        {
            Journeys.DeleteFiles(files);
        }
    }

    /// <summary>The Operations Unit adds Mother Lode (Director invited by name and e-mail), the Sierra Division (its Chief invited too) and Sonora AJCC.</summary>
    private static async Task AddAreasAndOfficeAsync(BrowserPage ops)
    {
        await Journeys.OpenFromNavigationAsync(ops, "Areas admin", "Manage areas and offices");
        await AddAreaAsync(ops, "Mother Lode", "Local Area", "Local Area Director", "Dana Director", "dana.director@motherlode.example.gov");
        await AddAreaAsync(ops, "Sierra Division", "WSB field division", "Division Chief", "Chris Chief", "chris.chief@edd.example.gov");

        await ops.Page.Locator("#add-office").ClickAsync();
        var dialog = ops.Page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#office-name").FillAsync("Sonora AJCC");
        await ChooseInDialogAsync(ops, "Local Area", "Mother Lode");
        await ChooseInDialogAsync(ops, "Serving field division", "Sierra Division");
        await ops.AssertAccessibleAsync();
        await dialog.Locator("#save-office").ClickAsync();
        await Expect(ops.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(ops.Page.Locator("main")).ToContainTextAsync("Sonora AJCC");
    }

    private static async Task AddAreaAsync(BrowserPage ops, string name, string kind, string signerTitle, string signerName, string signerEmail)
    {
        await ops.Page.Locator("#add-area").ClickAsync();
        var dialog = ops.Page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#area-name").FillAsync(name);
        await ChooseInDialogAsync(ops, "Kind", kind);
        await dialog.GetByLabel($"Invite a new person as {signerTitle} (not yet in the console)").CheckAsync();
        await dialog.GetByLabel($"{signerTitle}: full name").FillAsync(signerName);
        await dialog.GetByLabel($"{signerTitle}: e-mail").FillAsync(signerEmail);
        await ops.AssertAccessibleAsync();
        await dialog.Locator("#save-area").ClickAsync();
        await Expect(ops.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(ops.Page.Locator("main table").First).ToContainTextAsync(signerName);
    }

    private static async Task ChooseInDialogAsync(BrowserPage page, string label, string option)
    {
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await page.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).First.ClickAsync();
    }

    /// <summary>Opens the invitation e-mailed to <paramref name="address"/> in a browser of their own, chooses the password, and goes on signed in.</summary>
    private async Task AcceptInvitationAsync(string address, Func<BrowserPage, Task> then)
    {
        var mail = await live.MailToAsync(address, "invitation");
        var link = InvitationLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, "No invitation link in the e-mail:\n" + mail.TextBody);
        var path = new Uri(link.Value).PathAndQuery;
        await live.RunAsync(path, async person =>
        {
            await Expect(person.Page.Locator("#invitation-for")).ToContainTextAsync("You were invited to the CalJOBS Console");
            await person.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(ChosenPassword);
            await person.Page.GetByLabel("Confirm the new password").FillAsync(ChosenPassword);
            await person.NavigateAsync(() => person.Page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync(),
                person.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
            await then(person);
        });
        // The link works once: opened again, it says it was used and what to do.
        await live.RunAsync(path, async again =>
            await Expect(again.Page.Locator("#invitation-problem")).ToContainTextAsync("used already"));
    }

    private static Task SignInAsync(BrowserPage page, string username, string password) =>
        Journeys.SignInAsync(page, username, password, page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

    [GeneratedRegex(@"https?://\S+/Account/Invitation\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"Temporary password:\s*(\S+)")]
    private static partial Regex TemporaryPasswordLine();
}
