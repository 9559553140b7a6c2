using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// ISS-1 in Chromium on the demo data, axe on every page and dialog: Sam Santos (staff.sam) reports a problem to Golden Sierra's
/// MIS Administrator; mis.morgan verifies it as a system issue, completes the CalJOBS Issue Reporting Form with a screenshot and
/// submits it to the Operations Unit; ops.olivia replies; mis.morgan relays the reply; Sam reads it under "My issue reports".
/// The report's summary is unique to the run (the demo data holds another report of Sam's), and nothing here depends on data
/// another browser test makes or changes; the other tests that sign in as staff.sam only read.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class IssueReportJourneyTests(BrowserFixture browser)
{
    // A 1×1 PNG: the store recognises the file by its content.
    private static readonly byte[] Screenshot = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task IssueReport_StaffReports_MisSubmitsTheForm_OperationsUnitReplies_AndStaffReadsTheRelayedReply()
    {
        var summary = $"Case notes do not save ({Guid.NewGuid().ToString("N")[..8]})";
        const string reply = "Fixed in tonight's CalJOBS release: case notes save again.";

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.Staff, "Welcome, Sam Santos");
            await ReportAsync(page, summary, checkRequiredFields: true);
        });

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
            await OpenReportAsync(page, summary);
            var main = page.Page.Locator("main");
            await Expect(page.Page.Locator("#issue-status")).ToHaveTextAsync("Reported to the administrator");

            await main.GetByRole(AriaRole.Button, new() { Name = "Verify as a system issue" }).ClickAsync();
            await Expect(page.Page.Locator("#issue-message")).ToContainTextAsync("Verified", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#issue-status")).ToHaveTextAsync("Verified as a system issue");
            await page.AssertAccessibleAsync();

            // Every missing field of the form at once, nothing sent.
            var submit = main.GetByRole(AriaRole.Button, new() { Name = "Submit to the Operations Unit" });
            await submit.ClickAsync();
            foreach (var message in (string[])["Describe what happened.", "Name the CalJOBS page or module where it happened.",
                "Give the date it happened.", "List the steps that reproduce it.", "Name the users and accounts affected.",
                "Give the time of day it happened.", "Name the browser and its version, like Chrome 131.", "Name the device, like Windows 11 desktop.",
                "Choose how urgent it is.", "Give the reporter's phone."])
                await Expect(main.GetByText(message, new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.Page.Locator("#issue-status")).ToHaveTextAsync("Verified as a system issue");
            await page.AssertAccessibleAsync();

            await main.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "case-notes.png", MimeType = "image/png", Buffer = Screenshot });
            await Expect(page.Page.Locator("#issue-message")).ToContainTextAsync("Attached: case-notes.png", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#issue-screenshots")).ToContainTextAsync("case-notes.png");

            await main.GetByLabel("What happened").FillAsync("Saving a case note shows a spinner and the note is gone after reload.");
            await main.GetByLabel("Where (CalJOBS page or module)").FillAsync("Case Management > Case Notes");
            await Journeys.FillDateAsync(main.GetByLabel("When it happened"), Journeys.Iso(Journeys.Today()));
            await main.GetByLabel("Steps to reproduce").FillAsync("1. Open an individual's case notes. 2. Add a note. 3. Save. 4. Reload.");
            await main.GetByLabel("Users and accounts affected").FillAsync("Sam Santos (staff.sam), Auburn AJCC.");
            await main.GetByLabel("Time of day").FillAsync("00:01");
            await main.GetByLabel("Browser and version").FillAsync("Microsoft Edge 131");
            await main.GetByLabel("Device", new() { Exact = true }).FillAsync("Windows 11 desktop");
            await Journeys.ChooseAsync(page, "Urgency", "Urgent: work stopped");
            await main.GetByLabel("Reporter's phone").FillAsync("530-555-0142");
            await Expect(main.GetByLabel("Reporter's e-mail")).Not.ToBeEmptyAsync();
            await page.AssertAccessibleAsync();
            await submit.ClickAsync();
            await Expect(page.Page.Locator("#issue-message")).ToContainTextAsync("Submitted: the Operations Unit was told.", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#issue-status")).ToHaveTextAsync("With the Operations Unit");
            await Expect(page.Page.Locator("#issue-form")).ToContainTextAsync("Case Management > Case Notes");
            await Expect(page.Page.Locator("#issue-form")).ToContainTextAsync("Urgent: work stopped");
            await page.AssertAccessibleAsync();
        });

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");
            await OpenReportAsync(page, summary);
            await Expect(page.Page.Locator("#issue-form")).ToContainTextAsync("Case Management > Case Notes");
            await Expect(page.Page.Locator("#issue-screenshots")).ToContainTextAsync("case-notes.png");

            await page.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Reply to the administrator" }).ClickAsync();
            var dialog = page.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.GetByLabel("Your reply")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await dialog.GetByLabel("Your reply").FillAsync(reply);
            await dialog.GetByText("The issue is resolved").ClickAsync();
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Send the reply" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(page.Page.Locator("#issue-message")).ToContainTextAsync("Replied", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#issue-correspondence")).ToContainTextAsync(reply);
            await page.AssertAccessibleAsync();
        });

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.MisAdministrator, "Your area: Golden Sierra");
            await Journeys.OpenFromNavigationAsync(page, "Issue reports", "Issue reports");
            await Expect(page.Page.Locator("#issue-queue tr", new() { HasText = summary })).ToContainTextAsync("1 reply(ies) to relay");
            await page.NavigateAsync(() => page.Page.Locator("#issue-queue").GetByRole(AriaRole.Link, new() { Name = summary }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 2 }));

            await page.Page.Locator("#issue-correspondence").GetByRole(AriaRole.Button, new() { Name = "Relay to the staff member the reply of" }).ClickAsync();
            var dialog = page.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.GetByLabel("What the staff member reads")).ToHaveValueAsync(reply);
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Relay", Exact = true }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(page.Page.Locator("#issue-message")).ToContainTextAsync("Relayed", new() { Timeout = 20_000 });
            await Expect(page.Page.Locator("#issue-correspondence")).ToContainTextAsync("to the staff member");
            await page.AssertAccessibleAsync();
        });

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.Staff, "Welcome, Sam Santos");
            await Journeys.OpenFromNavigationAsync(page, "My issue reports", "My issue reports");
            var mine = page.Page.Locator(".my-issue-report", new() { HasText = summary });
            await Expect(mine.Locator(".issue-status")).ToHaveTextAsync("Resolved");
            await Expect(mine.Locator(".issue-update")).ToContainTextAsync(reply);
        });
    }

    /// <summary>
    /// The staff member (signed in) opens "Report a problem", sends a report summed up as <paramref name="summary"/> and sees it
    /// under "My issue reports"; with <paramref name="checkRequiredFields"/>, first sends the empty form and sees every message.
    /// </summary>
    internal static async Task ReportAsync(BrowserPage page, string summary, bool checkRequiredFields = false)
    {
        await Journeys.OpenFromNavigationAsync(page, "Report a problem", "Report a problem");
        var main = page.Page.Locator("main");
        var send = main.GetByRole(AriaRole.Button, new() { Name = "Send to my administrator" });
        if (checkRequiredFields)
        {
            await send.ClickAsync();
            await Expect(main.GetByText("Say in a line what went wrong.", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(main.GetByText("Describe what you did and what you saw.", new() { Exact = true })).ToBeVisibleAsync();
            Assert.EndsWith("/issues/new", page.Page.Url);
            await page.AssertAccessibleAsync();
        }

        await main.GetByLabel("What went wrong, in a line").FillAsync(summary);
        await main.GetByLabel("What you did and what you saw").FillAsync("I saved a case note for a participant; after reloading the page the note was gone.");
        await page.NavigateAsync(() => send.ClickAsync(), page.Page.GetByRole(AriaRole.Heading, new() { Name = "My issue reports", Level = 1 }));
        await Expect(page.Page.Locator(".my-issue-report", new() { HasText = summary }).Locator(".issue-status"))
            .ToHaveTextAsync("Reported to the administrator");
    }

    /// <summary>The administrator or the Operations Unit (signed in) opens the report summed up as <paramref name="summary"/> from their queue.</summary>
    private static async Task OpenReportAsync(BrowserPage page, string summary)
    {
        await Journeys.OpenFromNavigationAsync(page, "Issue reports", "Issue reports");
        await page.NavigateAsync(() => page.Page.Locator("#issue-queue").GetByRole(AriaRole.Link, new() { Name = summary }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 2 }));
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Issue report", Level = 1 })).ToBeVisibleAsync();
    }
}
