using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Features.Evidence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// On the demo data: Golden Sierra's MIS Administrator opens the approved request of Skyler Boyd, whose ISPA certificate
/// and signed E-1 are still missing (DOC-1), uploads a PDF from disk, sees it listed and downloads it back; axe checks
/// every page and the panel after the upload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceUploadJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task MisAdministrator_WhenUploadingTheMissingIspaCertificate_SeesItListedAndDownloadsTheSameBytes()
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-upload-");
        try
        {
            var pdf = EvidenceFiles.MinimalPdf("Skyler Boyd ISPA certificate");
            var file = Path.Combine(folder.FullName, "skyler-boyd-ispa.pdf");
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            var e1File = Path.Combine(folder.FullName, "skyler-boyd-e1.pdf");
            await File.WriteAllBytesAsync(e1File, EvidenceFiles.MinimalPdf("Skyler Boyd signed E-1"), TestContext.Current.CancellationToken);

            await browser.RunAsync("/Account/Login", async page =>
            {
                await SignInAndOpenSkylerBoydAsync(page);
                var panel = page.Page.Locator(".evidence-panel");
                await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Evidence required (DOC-1)", Level = 2 })).ToBeVisibleAsync();
                var ispa = panel.Locator("li[data-kind='IspaCertificate']");
                await Expect(ispa).ToContainTextAsync("The ISPA training certificate for this new account has not been uploaded.");
                await Expect(panel.GetByRole(AriaRole.Combobox, new() { Name = "Document kind" })).ToHaveValueAsync("ISPA training certificate");

                await panel.Locator("input[type=file]").SetInputFilesAsync(file);

                await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Uploaded skyler-boyd-ispa.pdf as the ISPA training certificate.");
                await Expect(ispa).ToContainTextAsync("Uploaded: the ISPA training certificate");
                await Expect(panel.Locator("li[data-kind='SignedAttachmentE1']")).ToContainTextAsync("has not been uploaded");
                var link = panel.GetByRole(AriaRole.Link, new() { Name = "skyler-boyd-ispa.pdf" });
                await Expect(link).ToBeVisibleAsync();
                await page.AssertAccessibleAsync();

                var download = await page.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                Assert.Equal("skyler-boyd-ispa.pdf", download.SuggestedFilename);
                Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));

                // The next missing kind is chosen already; the button opens the file picker from the keyboard too.
                await Expect(panel.GetByRole(AriaRole.Combobox, new() { Name = "Document kind" })).ToHaveValueAsync("signed Attachment E-1");
                var choose = panel.GetByRole(AriaRole.Button, new() { Name = "Choose a file and upload it" });
                await choose.FocusAsync();
                var chooser = await page.Page.RunAndWaitForFileChooserAsync(() => page.Page.Keyboard.PressAsync("Enter"));
                await chooser.SetFilesAsync(e1File);
                await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Uploaded skyler-boyd-e1.pdf as the signed Attachment E-1.");
                await Expect(panel.Locator("li.evidence-missing")).ToHaveCountAsync(0);
                await page.AssertAccessibleAsync();
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Signs in, opens the inbox, shows approved requests and opens Skyler Boyd's (seeded approved, awaiting evidence).</summary>
    private static async Task SignInAndOpenSkylerBoydAsync(BrowserPage page)
    {
        await page.Page.GetByLabel("Username").FillAsync(DemoSignIns.MisAdministrator);
        await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));

        await page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
        // The filter lives in the URL: choosing it navigates (and is checked like any navigation).
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Option, new() { Name = "Approved", Exact = true }).ClickAsync());
        var skyler = page.Page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = "Skyler Boyd" });
        await Expect(skyler).ToBeVisibleAsync();

        await page.NavigateAsync(() => skyler.ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));
    }
}
