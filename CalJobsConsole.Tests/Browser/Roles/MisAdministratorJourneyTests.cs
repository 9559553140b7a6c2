using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser.Roles;

/// <summary>
/// The MIS Administrator's journey on the demo data, axe on every page and dialog: mis.morgan works the inbox — approves
/// the seeded new-account request of Avery Chen, uploads its three documents (DOC-1) and creates the account; then, as
/// requestor.riley files them in a browser context of their own, resets the new account's password and deactivates it.
/// Avery Chen's request is touched by no other browser test, and the account is born in this test.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class MisAdministratorJourneyTests(BrowserFixture browser)
{
    private const string Avery = "Avery Chen";
    private const string Username = "avery.chen";

    [Fact]
    public async Task MisAdministrator_WorksTheInbox_CreatesAnAccountWithEvidence_ResetsItsPassword_AndDeactivatesIt()
    {
        var files = Journeys.PdfFiles("ispa-certificate", "signed-e1");
        try
        {
            await browser.RunAsync("/Account/Login", async admin =>
            {
                await Journeys.SignInAsync(admin, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
                await CreateAsync(admin, files);

                await browser.RunAsync("/Account/Login", requestor => FileResetAndDeactivationAsync(requestor));

                await Journeys.OpenFromInboxAsync(admin, Avery, "password reset");
                await Journeys.ApproveAndSignAsync(admin);
                // The reset's only document is its approved request form, which the console filed at approval (DOC-1, issue 20).
                var reset = admin.Page.Locator(".password-reset-panel");
                await Journeys.ExpectRequestFormFiledByConsoleAsync(admin);
                await Expect(reset.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
                await admin.AssertAccessibleAsync();
                await admin.Page.Locator("#reset-password").ClickAsync();
                await Expect(admin.Page.Locator("#temporary-credential")).ToContainTextAsync($"Temporary password for {Username}");
                await Expect(admin.Page.Locator("#password-reset-done")).ToBeVisibleAsync();
                await admin.AssertAccessibleAsync();

                await Journeys.OpenFromInboxAsync(admin, Avery, "deactivation");
                await Journeys.ApproveAndSignAsync(admin);
                var deactivation = admin.Page.Locator(".deactivation-panel");
                await Journeys.ExpectRequestFormFiledByConsoleAsync(admin);
                await Expect(deactivation.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
                await admin.AssertAccessibleAsync();
                await admin.Page.Locator("#deactivate-account").ClickAsync();
                await Expect(admin.Page.Locator("#account-deactivated")).ToBeVisibleAsync();
                await admin.AssertAccessibleAsync();
                await admin.NavigateAsync(() => admin.Page.Locator("#account-deactivated").GetByRole(AriaRole.Link, new() { Name = "Open the account" }).ClickAsync(),
                    admin.Page.GetByTestId("deactivated"));
                await Expect(admin.Page.GetByTestId("account-status")).ToContainTextAsync("Deactivated");
            });
        }
        finally
        {
            Journeys.DeleteFiles(files);
        }
    }

    private static async Task CreateAsync(BrowserPage admin, IReadOnlyList<string> files)
    {
        await Journeys.OpenFromInboxAsync(admin, Avery, "new account");
        await Journeys.ApproveAndSignAsync(admin);
        var creation = admin.Page.Locator(".creation-panel");
        // The request form was filed by the console at approval; the ISPA certificate and the signed E-1 exist only outside it (DOC-1).
        await Journeys.ExpectRequestFormFiledByConsoleAsync(admin);
        await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveTextAsync(["DOC-1", "DOC-1"]);
        await Expect(admin.Page.Locator("#create-account")).ToBeDisabledAsync();
        await admin.AssertAccessibleAsync();

        await Journeys.UploadEvidenceAsync(admin, files);
        await Expect(creation.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
        await admin.Page.Locator("#create-account").ClickAsync();
        var dialog = admin.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("CalJOBS username")).ToHaveValueAsync(Username);
        await admin.AssertAccessibleAsync();
        await dialog.Locator("#create-confirm").ClickAsync();
        await Expect(admin.Page.Locator("#temporary-credential")).ToContainTextAsync($"Temporary password for {Username}");
        await Expect(admin.Page.Locator("#account-created")).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();
    }

    /// <summary>requestor.riley asks for a password reset and a deactivation (separation today) of the new account.</summary>
    private static async Task FileResetAndDeactivationAsync(BrowserPage page)
    {
        await Journeys.SignInAsync(page, DemoSignIns.Requestor, "Your staff's renewal deadlines");
        await Journeys.OpenFromNavigationAsync(page, "New request", "New access request");
        await Journeys.ChooseAsync(page, "Kind of request", "Password reset");
        await Journeys.ChooseStaffAccountAsync(page, Avery, Username);
        await Journeys.AttestAndSubmitAsync(page, Avery, "password reset");

        await Journeys.OpenFromNavigationAsync(page, "New request", "New access request");
        await Journeys.ChooseAsync(page, "Kind of request", "Deactivation");
        await Journeys.ChooseStaffAccountAsync(page, Avery, Username);
        await Journeys.FillDateAsync(page.Page.Locator("main").GetByLabel("Separation or deactivation date"), Journeys.Iso(Journeys.Today()));
        await Journeys.AttestAndSubmitAsync(page, Avery, "deactivation");
    }
}
