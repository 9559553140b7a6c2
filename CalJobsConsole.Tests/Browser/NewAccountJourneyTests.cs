using System.Globalization;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Features.Evidence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 5's journey end to end on the demo data, axe-core on every page and open dialog: a requestor files a new-account
/// request; Golden Sierra's MIS Administrator approves it and is blocked from creating the account (DOC-1) until the
/// three documents are uploaded, then creates it and sees the temporary password once; the staff member signs in with it,
/// is made to set a new password before anything else (CRD-1), and lands on their own account page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NewAccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task NewAccount_FromRequestToTheStaffMembersFirstSignIn()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var staffName = $"Jess Journey{suffix}";
        var username = $"jess.journey.{suffix}";
        var folder = Directory.CreateTempSubdirectory("caljobs-journey-");
        try
        {
            var files = new[] { "request-form", "ispa-certificate", "signed-e1" }.Select(name =>
            {
                var path = Path.Combine(folder.FullName, $"{name}.pdf");
                File.WriteAllBytes(path, EvidenceFiles.MinimalPdf($"{staffName} {name}"));
                return path;
            }).ToList();

            await browser.RunAsync("/Account/Login", async page =>
            {
                await FileTheRequestAsync(page, staffName, suffix);
                await SignOutAsync(page);
                var password = await ApproveUploadAndCreateAsync(page, staffName, username, files);
                await SignOutAsync(page);
                await FirstSignInAsync(page, username, password);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The requestor files a complete new-account request for Golden Sierra's Auburn AJCC (the dashboard journey uses it too).</summary>
    internal static async Task FileTheRequestAsync(BrowserPage page, string staffName, string suffix)
    {
        await SignInAsync(page, DemoSignIns.Requestor, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "New request", Exact = true }).ClickAsync(), page.Page.Locator("h1"));

        var main = page.Page.Locator("main");
        await main.GetByLabel("Staff member's full name").FillAsync(staffName);
        await main.GetByLabel("Staff member's e-mail").FillAsync($"jess.{suffix}@placer.example.gov");
        await main.GetByText("Non-EDD staff (signs Attachment E-1)").ClickAsync();
        await ChooseAsync(page, "Office", "Auburn AJCC");
        await ChooseAsync(page, "Privilege group requested", "LWIA/CBO Staff");
        var tenDaysAgo = DateTime.Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await FillDateAsync(main.GetByLabel("Most recent ISPA training date"), tenDaysAgo);
        await FillDateAsync(main.GetByLabel("DE 7410 / Attachment E-1 date (signed or refused)"), tenDaysAgo);
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
        await page.AssertAccessibleAsync();

        await page.NavigateAsync(() => main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My requests", Level = 1 }));
        await Expect(main.Locator("tr", new() { HasText = staffName })).ToContainTextAsync("Awaiting the administrator");
    }

    private static async Task<string> ApproveUploadAndCreateAsync(BrowserPage page, string staffName, string username, IReadOnlyList<string> files)
    {
        await SignInAsync(page, DemoSignIns.MisAdministrator, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));
        await page.NavigateAsync(() => page.Page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = staffName }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));

        await page.Page.Locator("#approve-request").ClickAsync();
        var creation = page.Page.Locator(".creation-panel");
        await Expect(creation.GetByRole(AriaRole.Heading, new() { Name = "Create the account", Level = 2, Exact = true })).ToBeVisibleAsync();
        // Blocked until the documents are uploaded: the approved form, the ISPA certificate and the signed E-1 (DOC-1).
        await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveTextAsync(["DOC-1", "DOC-1", "DOC-1"]);
        await Expect(page.Page.Locator("#create-account")).ToBeDisabledAsync();
        await page.AssertAccessibleAsync();

        var evidence = page.Page.Locator(".evidence-panel");
        foreach (var file in files)
        {
            await evidence.Locator("input[type=file]").SetInputFilesAsync(file);
            await Expect(evidence.GetByRole(AriaRole.Status)).ToContainTextAsync($"Uploaded {Path.GetFileName(file)}");
        }
        await Expect(evidence.Locator("li.evidence-missing")).ToHaveCountAsync(0);
        await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("#create-account")).ToBeEnabledAsync();

        await page.Page.Locator("#create-account").ClickAsync();
        var dialog = page.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("CalJOBS username")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await dialog.GetByLabel("CalJOBS username").FillAsync(username);
        await dialog.Locator("#create-confirm").ClickAsync();

        var password = page.Page.Locator("#temporary-password");
        await Expect(password).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#temporary-credential")).ToContainTextAsync($"Temporary password for {username}");
        await Expect(page.Page.Locator("#account-created")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        return (await password.TextContentAsync())!.Trim();
    }

    private static async Task FirstSignInAsync(BrowserPage page, string username, string temporaryPassword)
    {
        await SignInAsync(page, username, temporaryPassword, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 }));
        await Expect(page.Page.Locator("#first-sign-in-notice")).ToContainTextAsync("CRD-1");

        // Nothing else opens first: their own account page sends the staff member back to the password change.
        await page.GotoAsync("my-account");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/Account/ChangePassword", page.Page.Url);

        await page.Page.GetByLabel("Temporary password").FillAsync(temporaryPassword);
        await page.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("Journey!Password2026");
        await page.Page.GetByLabel("Confirm the new password").FillAsync("Journey!Password2026");
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My CalJOBS account", Level = 1 }));
        await Expect(page.Page.Locator("main")).ToContainTextAsync(username);
        await Expect(page.Page.Locator("main")).ToContainTextAsync("Active");
    }

    private static async Task SignInAsync(BrowserPage page, string username, string password, ILocator arrived)
    {
        await page.Page.GetByLabel("Username").FillAsync(username);
        await page.Page.GetByLabel("Password").FillAsync(password);
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), arrived);
    }

    private static Task SignOutAsync(BrowserPage page) =>
        page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 }));

    private static async Task ChooseAsync(BrowserPage page, string label, string optionStartsWith)
    {
        await page.Page.Locator("main").GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await page.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = optionStartsWith }).First.ClickAsync();
    }

    private static async Task FillDateAsync(ILocator input, string date)
    {
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }
}
