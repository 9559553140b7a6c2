using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser.Roles;

/// <summary>
/// The staff member's journey on the demo data, axe on every page: Jamie Nguyen (jamie.nguyen, whose account was created
/// at seeding and whose temporary password is still valid; no other browser test signs in as them) signs in for the first
/// time, cannot open anything before setting a password of their own (CRD-1), sets it and lands on their account; then
/// reports a problem to Golden Sierra's administrator from "Report a problem" and sees it under "My issue reports" (ISS-1).
/// Jamie's staff account is still pending, but it names Golden Sierra and Auburn AJCC, which is all a report needs.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class StaffJourneyTests(BrowserFixture browser)
{
    private const string Username = "jamie.nguyen";
    private const string NewPassword = "Jamie!Password2026";

    [Fact]
    public Task Staff_FirstSignIn_IsMadeToChangeThePassword_SeesTheirAccount_ThenReportsAnIssue() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            // The demo's temporary password is the demo password.
            await Journeys.SignInAsync(page, Username, DemoSignIns.Password,
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 }));
            await Expect(page.Page.Locator("#first-sign-in-notice")).ToContainTextAsync("CRD-1");

            await page.GotoAsync("my-account");
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 })).ToBeVisibleAsync();
            Assert.EndsWith("/Account/ChangePassword", page.Page.Url);

            // Every missing field at once, nothing changed.
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
            await Expect(page.Page.Locator("main")).ToContainTextAsync("Set your password");
            await page.AssertAccessibleAsync();

            await page.Page.GetByLabel("Temporary password").FillAsync(DemoSignIns.Password);
            await page.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
            await page.Page.GetByLabel("Confirm the new password").FillAsync(NewPassword);
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "My CalJOBS account", Level = 1 }));
            await Expect(page.Page.Locator("main")).ToContainTextAsync(Username);
            await Expect(page.Page.Locator("main")).ToContainTextAsync("Active");

            await Journeys.SignOutAsync(page);
            await Journeys.SignInAsync(page, Username, NewPassword, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Jamie Nguyen", Level = 1 }));

            // Report an issue: it goes to the area's administrator, never straight to the Operations Unit (ISS-1).
            var summary = $"Intake form times out ({Guid.NewGuid().ToString("N")[..8]})";
            await IssueReportJourneyTests.ReportAsync(page, summary);
            await page.GotoAsync("issues/mine"); // loaded afresh: the report was kept
            await Expect(page.Page.Locator(".my-issue-report")).ToHaveCountAsync(1);
            await Expect(page.Page.Locator(".my-issue-report")).ToContainTextAsync(summary);
        });
}
