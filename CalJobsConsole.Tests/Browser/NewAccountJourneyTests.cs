using System.Globalization;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Features.Evidence;
using CalJobsConsole.Tests.Features.Records;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 5's journey end to end on the demo data, axe-core on every page and open dialog: a requestor files and signs a
/// new-account request (Attachment 3); Golden Sierra's MIS Administrator approves and signs it, finds in the evidence panel the
/// request form filed by the console (issue 20) and downloads it as a PDF that reads back with both signatures, is blocked from
/// creating the account (DOC-1) until the two documents that exist only outside the console are uploaded, then creates it and
/// sees the temporary password once; the staff member signs in with it, is made to set a new password before anything else
/// (CRD-1), and lands on their own account page.
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
            var files = new[] { "ispa-certificate", "signed-e1" }.Select(name =>
            {
                var path = Path.Combine(folder.FullName, $"{name}.pdf");
                File.WriteAllBytes(path, EvidenceFiles.MinimalPdf($"{staffName} {name}"));
                return path;
            }).ToList();

            await browser.RunAsync("/Account/Login", async page =>
            {
                await Journeys.FileNewAccountRequestAsync(page, staffName, suffix);
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

    /// <summary>
    /// Issue 20: the approval filed the request form; the evidence panel says the console filed it, and its download is the PDF
    /// record of the approved form — the requestor's and the administrator's signatures with their statements.
    /// </summary>
    private static async Task DownloadTheFiledRequestFormAsync(BrowserPage page, string staffName)
    {
        await Journeys.ExpectRequestFormFiledByConsoleAsync(page);
        var filed = page.Page.Locator(".evidence-panel tr.evidence-document", new() { HasText = "Filed by the console" });
        await Expect(filed).ToContainTextAsync("approved System Access Request form (Attachment 3)");
        await page.AssertAccessibleAsync();

        var download = await page.Page.RunAndWaitForDownloadAsync(() => filed.GetByRole(AriaRole.Link).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = PdfText.Of(pdf);
        text.AssertContains("CalJOBS System Access Request (Attachment 3)");
        text.AssertContains(staffName);
        text.AssertContains("Signed and submitted the request");
        text.AssertContains("Approved the request");
        text.AssertContains(CalJobsConsole.Domain.Signatures.AttestationStatement.RequestApproval.Text);
    }

    private static async Task<string> ApproveUploadAndCreateAsync(BrowserPage page, string staffName, string username, IReadOnlyList<string> files)
    {
        await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));
        await page.NavigateAsync(() => page.Page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = staffName }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));

        await Journeys.ApproveAndSignAsync(page);
        var creation = page.Page.Locator(".creation-panel");
        await Expect(creation.GetByRole(AriaRole.Heading, new() { Name = "Create the account", Level = 2, Exact = true })).ToBeVisibleAsync();
        await DownloadTheFiledRequestFormAsync(page, staffName);
        // Blocked until the documents that exist only outside the console are uploaded: the ISPA certificate and the signed E-1 (DOC-1).
        await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveTextAsync(["DOC-1", "DOC-1"]);
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
        await Journeys.SignInAsync(page, username, temporaryPassword, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 }));
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

    private static Task SignOutAsync(BrowserPage page) =>
        page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 }));

}
