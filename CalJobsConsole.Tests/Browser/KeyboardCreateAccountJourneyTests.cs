using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static CalJobsConsole.Tests.Browser.KeyboardOnly;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The administrator's create-account journey with the keyboard alone, axe on every page, dialog and open list: a
/// requestor files a new-account request (with the mouse, in a browser context of their own: that is only the set-up);
/// mis.morgan then signs in, opens the inbox and the request, approves it, uploads the three documents, opens the
/// create-account dialog (Escape closes it and gives focus back), chooses the group from its list with the arrows, ticks
/// an extra privilege with Space, creates the account and opens it — Tab, Shift+Tab, Enter, Space, arrows and Escape
/// only. At every stop focus is on the expected control and visible. The file picker opens from the keyboard (Enter on
/// "Choose a file and upload it"); the operating system's file dialog is not the App's, so Playwright answers it with the file.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class KeyboardCreateAccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task MisAdministrator_CreatesAnAccountFromTheInbox_WithTheKeyboardAlone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var staffName = $"Kim Keys{suffix}";
        var username = $"kim.keys{suffix}";
        var files = Journeys.PdfFiles("keyboard-ispa-certificate", "keyboard-signed-e1");
        try
        {
            await browser.RunAsync("/Account/Login", requestor => Journeys.FileNewAccountRequestAsync(requestor, staffName, suffix));

            await browser.RunAsync("/Account/Login", async admin =>
            {
                var page = admin.Page;
                await TabToAsync(page, page.GetByLabel("Username"), "the Username field");
                await TypeAsync(page, DemoSignIns.MisAdministrator);
                await TabToAsync(page, page.GetByLabel("Password"), "the Password field");
                await TypeAsync(page, DemoSignIns.Password);
                await admin.NavigateAsync(() => PressAsync(page, "Enter"), page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));

                // Focus starts on the page's heading; the navigation comes before it.
                var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
                await TabToAsync(page, nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }), "the navigation's Inbox link", backwards: true);
                await admin.NavigateAsync(() => PressAsync(page, "Enter"), page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));

                await TabToAsync(page, page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = staffName }), $"the inbox's link to {staffName}'s request");
                await admin.NavigateAsync(() => PressAsync(page, "Enter"), page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));

                await TabToAsync(page, page.Locator("#approve-request"), "the Approve button");
                await PressAsync(page, "Enter");
                // Approving is signing (REQ-1): the dialog's name field, the administrator's own name typed, then its Approve button.
                var signing = page.GetByRole(AriaRole.Dialog);
                await TabToAsync(page, signing.GetByLabel("Your signature (type your name)"), "the signature field");
                await TypeAsync(page, "Morgan Mills");
                await TabToAsync(page, signing.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }), "the dialog's Approve and sign button");
                await PressAsync(page, "Enter");
                await Expect(signing).ToHaveCountAsync(0);
                var creation = page.Locator(".creation-panel");
                // The console filed the approved request form; the ISPA certificate and the signed E-1 are still to upload (DOC-1).
                await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveTextAsync(["DOC-1", "DOC-1"]);
                await admin.AssertAccessibleAsync();

                var evidence = page.Locator(".evidence-panel");
                foreach (var file in files)
                {
                    await TabToAsync(page, page.Locator("#evidence-choose-file"), "Choose a file and upload it");
                    var chooser = await page.RunAndWaitForFileChooserAsync(() => PressAsync(page, "Enter"));
                    await chooser.SetFilesAsync(file);
                    await Expect(evidence.GetByRole(AriaRole.Status)).ToContainTextAsync($"Uploaded {Path.GetFileName(file)}");
                }
                await Expect(evidence.Locator("li.evidence-missing")).ToHaveCountAsync(0);
                await Expect(page.Locator("#create-account")).ToBeEnabledAsync();
                await admin.AssertAccessibleAsync();

                // The dialog takes focus; Escape closes it and focus goes back to the button that opened it.
                var create = page.Locator("#create-account");
                await TabToAsync(page, create, "Create account…");
                await PressAsync(page, "Enter");
                var dialog = page.GetByRole(AriaRole.Dialog);
                await Expect(dialog.GetByLabel("CalJOBS username")).ToBeVisibleAsync();
                await AssertFocusWithinAsync(page, dialog, "the create-account dialog");
                await admin.AssertAccessibleAsync();
                await PressAsync(page, "Escape");
                await Expect(dialog).ToHaveCountAsync(0);
                await AssertFocusVisibleAsync(page, create, "Create account… (focus given back when the dialog closed)");

                await PressAsync(page, "Enter");
                await Expect(dialog.GetByLabel("CalJOBS username")).ToHaveValueAsync(username);
                await AssertFocusWithinAsync(page, dialog, "the create-account dialog");

                // The group list: Space opens it, the arrows move, Enter chooses, and the list closes.
                var group = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Privilege group" });
                await TabToAsync(page, group, "the Privilege group list");
                await Expect(group).ToHaveTextAsync("LWIA/CBO Staff");
                await PressAsync(page, "Space");
                await Expect(group).ToHaveAttributeAsync("aria-expanded", "true");
                await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
                await admin.AssertAccessibleAsync();
                await PressAsync(page, "ArrowDown");
                await PressAsync(page, "ArrowUp");
                await PressAsync(page, "Enter");
                await Expect(group).ToHaveAttributeAsync("aria-expanded", "false");
                await Expect(group).ToHaveTextAsync("LWIA/CBO Staff");
                await AssertFocusVisibleAsync(page, group, "the Privilege group list, closed");

                var reports = dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Run reports (REPORTS)" });
                await TabToAsync(page, reports, "the Run reports checkbox");
                await PressAsync(page, "Space");
                await Expect(reports).ToBeCheckedAsync();

                // Focus stays in the dialog however far one tabs.
                for (var press = 0; press < 12; press++)
                {
                    await PressAsync(page, "Tab");
                    await AssertFocusWithinAsync(page, dialog, "the create-account dialog (Tab does not leave it)");
                }
                await TabToAsync(page, dialog.Locator("#create-confirm"), "the dialog's Create account button");
                await PressAsync(page, "Enter");

                await Expect(page.Locator("#temporary-credential")).ToContainTextAsync($"Temporary password for {username}");
                var created = page.Locator("#account-created");
                await Expect(created).ToBeVisibleAsync();
                await admin.AssertAccessibleAsync();

                await TabToAsync(page, created.GetByRole(AriaRole.Link, new() { Name = "Open the account" }), "the Open the account link");
                await admin.NavigateAsync(() => PressAsync(page, "Enter"), page.GetByTestId("account-status"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(username);
                await Expect(page.Locator("tr.extra-privilege")).ToContainTextAsync("REPORTS");
            });
        }
        finally
        {
            Journeys.DeleteFiles(files);
        }
    }
}
