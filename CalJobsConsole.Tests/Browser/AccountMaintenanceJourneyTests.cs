using System.Globalization;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.Evidence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Issue 6's renewal and deactivation journeys on the demo data, axe-core on every page: a renewal for non-EDD staff is
/// refused (DOC-1) until the updated certificate and E-1 are uploaded, then renewed with the due date a year on; a
/// deactivation whose separation date was yesterday is carried out 1 day late and the staff member can no longer sign in.
/// Both use Golden Sierra accounts no other browser test touches (alex.rivera, robin.hayes).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountMaintenanceJourneyTests(BrowserFixture browser)
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById(BusinessClock.DefaultTimeZoneId);

    [Fact]
    public async Task Renewal_RefusedUntilTheCertificateAndE1AreUploaded_ThenTheDueDateMovesOneYearOn()
    {
        var files = Files("ispa-certificate", "signed-e1");
        try
        {
            await browser.RunAsync("/Account/Login", async page =>
            {
                await SignInAsync(page, DemoSignIns.Requestor, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));
                var alex = page.Page.Locator("main tr", new() { HasText = "Alex Rivera" });
                await page.NavigateAsync(() => alex.GetByRole(AriaRole.Link, new() { Name = "Start renewal request" }).ClickAsync(), page.Page.Locator("h1"));
                var main = page.Page.Locator("main");
                var fiveDaysAgo = Today().AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await FillDateAsync(main.GetByLabel("Most recent ISPA training date"), fiveDaysAgo);
                await FillDateAsync(main.GetByLabel("DE 7410 / Attachment E-1 date (signed or refused)"), fiveDaysAgo);
                await SubmitAsync(page, "Alex Rivera", "renewal");
                await SignOutAsync(page);

                await OpenFromInboxAsync(page, "Alex Rivera", "renewal");
                await Journeys.ApproveAndSignAsync(page);
                var panel = page.Page.Locator(".renewal-panel");
                await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Renew the account", Level = 2 })).ToBeVisibleAsync();
                // The console filed the new request form at approval; refused until the updated ISPA certificate and the updated
                // signed E-1 are uploaded (DOC-1).
                await Journeys.ExpectRequestFormFiledByConsoleAsync(page);
                await Expect(panel.Locator(".eligibility-panel .rule-code")).ToHaveTextAsync(["DOC-1", "DOC-1"]);
                await Expect(page.Page.Locator("#renew-account")).ToBeDisabledAsync();
                await page.AssertAccessibleAsync();

                await UploadAsync(page, files);
                await Expect(panel.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
                await page.Page.Locator("#renew-account").ClickAsync();
                var due = Today().AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await Expect(page.Page.Locator("#account-renewed")).ToContainTextAsync($"due on {due}");
                await page.AssertAccessibleAsync();

                await page.NavigateAsync(() => page.Page.Locator("#account-renewed").GetByRole(AriaRole.Link, new() { Name = "Open the account" }).ClickAsync(),
                    page.Page.GetByTestId("account-status"));
                await Expect(page.Page.GetByTestId("account-status")).ToContainTextAsync("Active");
                await Expect(page.Page.Locator("main")).ToContainTextAsync(due);
                await Expect(page.Page.Locator("main")).ToContainTextAsync("Account renewed (REN-1)");
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(files[0])!, recursive: true);
        }
    }

    [Fact]
    public async Task Deactivation_WhoseSeparationWasYesterday_IsCarriedOutOneDayLate_AndTheStaffMemberCannotSignIn()
    {
        await browser.RunAsync("/Account/Login", async page =>
        {
            await SignInAsync(page, DemoSignIns.Requestor, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your staff's renewal deadlines" }));
            await page.GotoAsync("requests/new?kind=Deactivation");
            await Journeys.ChooseStaffAccountAsync(page, "Robin Hayes");
            await FillDateAsync(page.Page.Locator("main").GetByLabel("Separation or deactivation date"),
                Today().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await SubmitAsync(page, "Robin Hayes", "deactivation");
            await SignOutAsync(page);

            await OpenFromInboxAsync(page, "Robin Hayes", "deactivation");
            await Journeys.ApproveAndSignAsync(page);
            // The deactivation's only document is its approved request form, which the console filed at approval (DOC-1, issue 20).
            var panel = page.Page.Locator(".deactivation-panel");
            await Journeys.ExpectRequestFormFiledByConsoleAsync(page);
            await Expect(panel.Locator(".eligibility-panel .rule-code")).ToHaveCountAsync(0);
            await Expect(page.Page.Locator("#deactivation-plan")).ToContainTextAsync("1 day late");
            await page.AssertAccessibleAsync();

            await page.Page.Locator("#deactivate-account").ClickAsync();
            await Expect(page.Page.Locator("#account-deactivated")).ToContainTextAsync("1 day late");
            await page.AssertAccessibleAsync();
            await page.NavigateAsync(() => page.Page.Locator("#account-deactivated").GetByRole(AriaRole.Link, new() { Name = "Open the account" }).ClickAsync(),
                page.Page.GetByTestId("deactivated"));
            await Expect(page.Page.GetByTestId("deactivated")).ToContainTextAsync("1 day late");
            await SignOutAsync(page);

            await page.Page.GetByLabel("Username").FillAsync("robin.hayes");
            await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
            // Refused on the same address: the sign-in page answers with the rule, so there is no navigation to wait for.
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.Page.Locator("#sign-in-refused")).ToContainTextAsync("DEA-1");
            await page.AssertAccessibleAsync();
        });
    }

    private static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Pacific).DateTime);

    private static string[] Files(params string[] names)
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-maintenance-");
        return names.Select(name =>
        {
            var path = Path.Combine(folder.FullName, $"{name}.pdf");
            File.WriteAllBytes(path, EvidenceFiles.MinimalPdf(name));
            return path;
        }).ToArray();
    }

    private static async Task SubmitAsync(BrowserPage page, string staffName, string kind)
    {
        var main = page.Page.Locator("main");
        await Journeys.FillContactsAsync(main);
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
        await Journeys.SignAsOwnNameAsync(main);
        await page.AssertAccessibleAsync();
        await page.NavigateAsync(() => main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My requests", Level = 1 }));
        await Expect(main.Locator("tr", new() { HasText = staffName }).Filter(new() { HasText = kind }).Filter(new() { HasText = "Awaiting the administrator" }))
            .ToHaveCountAsync(1);
    }

    private static async Task OpenFromInboxAsync(BrowserPage page, string staffName, string kind)
    {
        await SignInAsync(page, DemoSignIns.MisAdministrator, page.Page.GetByRole(AriaRole.Heading, new() { Name = "Your area: Golden Sierra" }));
        var nav = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await page.NavigateAsync(() => nav.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 }));
        var row = page.Page.Locator("main table tbody tr", new() { HasText = staffName }).Filter(new() { HasText = kind })
            .Filter(new() { HasText = "Submitted" });
        await page.NavigateAsync(() => row.Last.GetByRole(AriaRole.Link, new() { Name = staffName }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));
    }

    private static async Task UploadAsync(BrowserPage page, IEnumerable<string> files)
    {
        var evidence = page.Page.Locator(".evidence-panel");
        foreach (var file in files)
        {
            await evidence.Locator("input[type=file]").SetInputFilesAsync(file);
            await Expect(evidence.GetByRole(AriaRole.Status)).ToContainTextAsync($"Uploaded {Path.GetFileName(file)}");
        }
        await Expect(evidence.Locator("li.evidence-missing")).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(BrowserPage page, string username, ILocator arrived)
    {
        await page.Page.GetByLabel("Username").FillAsync(username);
        await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), arrived);
    }

    private static Task SignOutAsync(BrowserPage page) =>
        page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 }));

    private static async Task FillDateAsync(ILocator input, string date)
    {
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }
}
