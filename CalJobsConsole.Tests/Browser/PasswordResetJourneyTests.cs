using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 6's password reset end to end on the demo data, axe-core on every page: the requestor files a reset for Drew Kim
/// (an active Golden Sierra account no other browser test changes); the MIS Administrator approves and signs it — the console
/// files the approved request form, the reset's only DOC-1 document (issue 20) — resets the password and sees it once; Drew
/// Kim signs in with it and must set a new password before anything else (CRD-1).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordResetJourneyTests(BrowserFixture browser)
{
    private const string StaffName = "Drew Kim";
    private const string Username = "drew.kim";

    [Fact]
    public async Task PasswordReset_FromRequestToTheStaffMembersForcedPasswordChange()
    {
        await browser.RunAsync("/Account/Login", async page =>
        {
            await FileTheResetAsync(page);
            await SignOutAsync(page);
            var password = await ApproveAndResetAsync(page);
            await SignOutAsync(page);
            await SignInWithTheNewPasswordAsync(page, password);
        });
    }

    private static async Task FileTheResetAsync(BrowserPage page)
    {
        await SignInAsync(page, DemoSignIns.Requestor, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "New request", Exact = true }).ClickAsync(), page.Page.Locator("h1"));

        var main = page.Page.Locator("main");
        await Journeys.ChooseAsync(page, "Kind of request", "Password reset");
        await Journeys.ChooseStaffAccountAsync(page, StaffName, Username);
        await Journeys.FillContactsAsync(main);
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
        await Journeys.SignAsOwnNameAsync(main);
        await page.AssertAccessibleAsync();

        await page.NavigateAsync(() => main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My requests", Level = 1 }));
        await Expect(main.Locator("tr", new() { HasText = StaffName }).Filter(new() { HasText = "password reset" }).First)
            .ToContainTextAsync("Awaiting the administrator");
    }

    private static async Task<string> ApproveAndResetAsync(BrowserPage page)
    {
        await SignInAsync(page, DemoSignIns.MisAdministrator, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));
        var row = page.Page.Locator("main table tbody tr", new() { HasText = StaffName }).Filter(new() { HasText = "password reset" });
        await page.NavigateAsync(() => row.GetByRole(AriaRole.Link, new() { Name = StaffName }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));

        await Journeys.ApproveAndSignAsync(page);
        var panel = page.Page.Locator(".password-reset-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = $"Reset the password of {Username}", Level = 2 })).ToBeVisibleAsync();
        // DOC-1 asks for the approved reset request form only, and the console filed it at approval: nothing to upload.
        await Journeys.ExpectRequestFormFiledByConsoleAsync(page);
        await Expect(panel.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("#reset-password")).ToBeEnabledAsync();
        await page.AssertAccessibleAsync();

        await page.Page.Locator("#reset-password").ClickAsync();
        var password = page.Page.Locator("#temporary-password");
        await Expect(password).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#temporary-credential")).ToContainTextAsync($"Temporary password for {Username}");
        await Expect(page.Page.Locator("#password-reset-done")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var text = (await password.TextContentAsync())!.Trim();

        // Shown once: hidden, it is gone from the page for good.
        await page.Page.Locator("#hide-password").ClickAsync();
        await Expect(password).ToHaveCountAsync(0);
        Assert.DoesNotContain(text, await page.Page.ContentAsync());
        return text;
    }

    private static async Task SignInWithTheNewPasswordAsync(BrowserPage page, string temporaryPassword)
    {
        await SignInAsync(page, Username, temporaryPassword, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 }));
        await Expect(page.Page.Locator("#first-sign-in-notice")).ToContainTextAsync("CRD-1");

        await page.GotoAsync("my-account");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 })).ToBeVisibleAsync();

        await page.Page.GetByLabel("Temporary password").FillAsync(temporaryPassword);
        await page.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("Reset!Password2026");
        await page.Page.GetByLabel("Confirm the new password").FillAsync("Reset!Password2026");
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My CalJOBS account", Level = 1 }));
        await Expect(page.Page.Locator("main")).ToContainTextAsync(Username);
        await Expect(page.Page.Locator("main")).ToContainTextAsync("Password reset; new temporary password issued (CRD-1)");
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
}
