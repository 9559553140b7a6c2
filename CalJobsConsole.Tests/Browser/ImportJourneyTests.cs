using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static CalJobsConsole.Tests.Features.Import.ImportFiles;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The Operations Unit imports a small file on /import in Chromium: a dry run that finds an unknown office (CSV-UNKNOWN, its
/// row, no confirm button), the corrected file's clean dry run, the confirmation and commit (both run by the host's Hangfire
/// worker), and an imported account found on /accounts; axe-core on every page and state. The browser host seeds the demo
/// data (no empty-database host exists), so the file brings an area, an office, an administrator and accounts with names the
/// demo does not hold — nothing another journey reads.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    private const string AreaName = "Sierra Foothills";
    private const string OfficeName = "Grass Valley AJCC";
    private const string UnknownOffice = "Nevada City AJCC";

    [Fact]
    public Task OperationsUnit_ImportsAFile_SeesItsProblemThenCommitsTheCorrectedFileAndFindsTheAccount() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var today = Journeys.Today();
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");
            await Journeys.OpenFromNavigationAsync(page, "Import accounts", "Import existing accounts");
            var main = page.Page.Locator("main");
            await Expect(main.Locator("#import-template")).ToHaveAttributeAsync("href", "/import/template.csv");
            await Expect(main.Locator("#import-template")).ToHaveTextAsync("Download the template");

            // Row 1 is the header: the area is row 2, the office 3, the administrator 4, the accounts 5 and 6.
            var broken = ImportFile(Account("journey.avery", today, office: OfficeName), Account("journey.blake", today, office: UnknownOffice));
            await UploadAsync(page, "accounts-broken.csv", broken);
            var state = main.Locator("#import-batch-state");
            await Expect(state).ToContainTextAsync("Checked: problems found — nothing can be committed", new() { Timeout = 60_000 });
            await Expect(main.Locator("#import-problems tbody tr")).ToHaveCountAsync(1);
            var problem = main.Locator("#import-problems tbody tr", new() { HasText = "CSV-UNKNOWN" });
            await Expect(problem.Locator("td").Nth(0)).ToHaveTextAsync("6");
            await Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync("journey.blake");
            await Expect(problem).ToContainTextAsync(UnknownOffice);
            await Expect(main.Locator("#import-confirm")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            var fixedFile = ImportFile(Account("journey.avery", today, office: OfficeName), Account("journey.blake", today, office: OfficeName));
            await UploadAsync(page, "accounts-fixed.csv", fixedFile);
            await Expect(main.Locator("#import-batch h2")).ToHaveTextAsync("accounts-fixed.csv");
            await Expect(state).ToContainTextAsync("Checked: no problem — ready to commit", new() { Timeout = 60_000 });
            await Expect(main.Locator("#import-problems")).ToContainTextAsync("No problem found.");
            var confirm = main.GetByRole(AriaRole.Button, new() { Name = "Confirm and commit this file" });
            await Expect(confirm).ToBeEnabledAsync();
            await page.AssertAccessibleAsync();

            await confirm.ClickAsync();
            await Expect(state).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Committed"), new() { Timeout = 60_000 });
            await Expect(main.Locator("#import-confirm")).ToHaveCountAsync(0);
            await Expect(main.Locator("#import-history tbody tr", new() { HasText = "accounts-fixed.csv" })).ToContainTextAsync("Committed");
            await page.AssertAccessibleAsync();

            await page.NavigateAsync(() => main.GetByRole(AriaRole.Link, new() { Name = "See the accounts" }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 }));
            // As ListsJourneyTests: the list has loaded (and set its search box from the URL) before the search is typed.
            await Expect(page.Page.Locator("tr.account-line").First).ToBeVisibleAsync();
            await page.Page.GetByLabel("Search username, name or e-mail").FillAsync("journey.blake");
            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync());
            await Expect(page.Page.Locator("#accounts-count")).ToHaveTextAsync("1 account");
            var account = page.Page.Locator("tr.account-line");
            await Expect(account).ToContainTextAsync("journey.blake");
            await Expect(account).ToContainTextAsync(OfficeName);
        });

    /// <summary>A new Local Area, its office served by the demo's WSB Northern Division, a trained administrator, then the accounts.</summary>
    private static byte[] ImportFile(params Dictionary<string, string>[] accounts) =>
        Csv([
            Area(AreaName),
            Office(OfficeName, AreaName, "WSB Northern Division"),
            Administrator(AreaName, "quinn.admin@sierrafoothills.example.gov", Journeys.Today()),
            .. accounts.Select(a => a.With("Area", AreaName).With("SupervisorEmail", "casey.lead@sierrafoothills.example.gov")
                .With("SupervisorName", "Casey Lead").With("Email", $"{a["Username"]}@sierrafoothills.example.gov")),
        ]);

    private static async Task UploadAsync(BrowserPage page, string name, byte[] csv)
    {
        await page.Page.Locator("main input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = csv });
        await Expect(page.Page.Locator("#import-batch h2")).ToHaveTextAsync(name, new() { Timeout = 30_000 });
    }
}
