using System.Globalization;
using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>Steps several journeys share: signing in and out, choosing from a MudSelect, typing a date, the requestor filing a
/// request, the administrator opening it from the inbox and uploading its evidence.</summary>
public static class Journeys
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById(CalJobsConsole.Domain.Common.BusinessClock.DefaultTimeZoneId);

    /// <summary>Today in the business time zone, as the App counts days.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Pacific).DateTime);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Signs in with the demo password and waits for the page's level-1 heading <paramref name="heading"/>.</summary>
    public static Task SignInAsync(BrowserPage page, string username, string heading) =>
        SignInAsync(page, username, DemoSignIns.Password, page.Page.GetByRole(AriaRole.Heading, new() { Name = heading }));

    public static Task SignOutAsync(BrowserPage page) =>
        page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 }));

    /// <summary>Follows the main navigation's link <paramref name="link"/> to the page whose h1 is <paramref name="heading"/>.</summary>
    public static Task OpenFromNavigationAsync(BrowserPage page, string link, string heading) =>
        page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
                .GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }));

    /// <summary>PDF files named <paramref name="names"/> in a new temporary folder (delete it with <see cref="DeleteFiles"/>).</summary>
    public static string[] PdfFiles(params string[] names)
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-journey-");
        return names.Select(name =>
        {
            var path = Path.Combine(folder.FullName, $"{name}.pdf");
            File.WriteAllBytes(path, CalJobsConsole.Tests.Features.Evidence.EvidenceFiles.MinimalPdf(name));
            return path;
        }).ToArray();
    }

    public static void DeleteFiles(string[] files)
    {
        if (files.Length > 0)
            Directory.Delete(Path.GetDirectoryName(files[0])!, recursive: true);
    }

    /// <summary>The administrator (already signed in) opens the submitted request of <paramref name="kind"/> for <paramref name="staffName"/> from the inbox.</summary>
    public static async Task OpenFromInboxAsync(BrowserPage page, string staffName, string kind)
    {
        await OpenFromNavigationAsync(page, "Inbox", "Inbox");
        var row = page.Page.Locator("main table tbody tr", new() { HasText = staffName }).Filter(new() { HasText = kind })
            .Filter(new() { HasText = "Submitted" });
        await page.NavigateAsync(() => row.Last.GetByRole(AriaRole.Link, new() { Name = staffName }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "System Access Request", Level = 1 }));
    }

    /// <summary>Uploads each file into the request's evidence panel and waits until nothing is missing.</summary>
    public static async Task UploadEvidenceAsync(BrowserPage page, IEnumerable<string> files)
    {
        var evidence = page.Page.Locator(".evidence-panel");
        foreach (var file in files)
        {
            await evidence.Locator("input[type=file]").SetInputFilesAsync(file);
            await Expect(evidence.GetByRole(AriaRole.Status)).ToContainTextAsync($"Uploaded {Path.GetFileName(file)}");
        }
        await Expect(evidence.Locator("li.evidence-missing")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    /// <summary>Uploads the files in order until the evidence panel misses nothing (the panel picks the next missing kind itself).</summary>
    public static async Task UploadUntilCompleteAsync(BrowserPage page, IEnumerable<string> files)
    {
        var evidence = page.Page.Locator(".evidence-panel");
        foreach (var file in files)
        {
            if (await evidence.Locator("li.evidence-missing").CountAsync() == 0)
                break;
            await evidence.Locator("input[type=file]").SetInputFilesAsync(file);
            await Expect(evidence.GetByRole(AriaRole.Status)).ToContainTextAsync($"Uploaded {Path.GetFileName(file)}");
        }
        await Expect(evidence.Locator("li.evidence-missing")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// Signs as the signed-in person (issue 20): types, under the statement, the name the console knows them by, which the
    /// statement shows. Whether another name is refused is the signature tests' business, not the journeys'.
    /// </summary>
    public static async Task SignAsOwnNameAsync(ILocator container)
    {
        var statement = container.Locator(".statement-to-sign");
        await Expect(statement).ToHaveAttributeAsync("data-signer", new System.Text.RegularExpressions.Regex(@"\S"));
        var name = await statement.GetAttributeAsync("data-signer");
        await container.GetByLabel("Your signature (type your name)").FillAsync(name!);
    }

    /// <summary>REQ-1: approving is signing. Opens the approval dialog (axe on it), signs in the administrator's own name and approves.</summary>
    public static async Task ApproveAndSignAsync(BrowserPage page)
    {
        await page.Page.Locator("#approve-request").ClickAsync();
        var dialog = page.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("I approve the access it asks for");
        await SignAsOwnNameAsync(dialog);
        await page.AssertAccessibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("main").GetByRole(AriaRole.Status).Filter(new() { HasText = "Request approved and signed." })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Issue 20: after an approval the evidence panel lists the approved request form as filed by the console (DOC-1 met for it
    /// without an upload).
    /// </summary>
    public static async Task ExpectRequestFormFiledByConsoleAsync(BrowserPage page)
    {
        var evidence = page.Page.Locator(".evidence-panel");
        await Expect(evidence.Locator("li[data-kind='SystemAccessRequestForm']")).ToContainTextAsync("Filed by the console:");
        await Expect(evidence.Locator("td.evidence-filed-by-console")).ToContainTextAsync("Filed by the console on the approval of");
    }

    /// <summary>Issue 20's fields of an "add" or "change" designation form (Attachment 1): phone, title, organisation, effective today.</summary>
    public static async Task FillDesignationParticularsAsync(ILocator main)
    {
        await main.GetByLabel("Phone", new() { Exact = true }).FillAsync("916-555-0142");
        await main.GetByLabel("Title", new() { Exact = true }).FillAsync("Workforce Services Manager");
        await main.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Workforce Development Board");
        await FillEffectiveDateAsync(main);
    }

    /// <summary>The effective date every designation form asks for (issue 20): today.</summary>
    public static Task FillEffectiveDateAsync(ILocator main) => FillDateAsync(main.GetByLabel("Effective date", new() { Exact = true }), Iso(Today()));

    /// <summary>
    /// Issue 20's fields of the request form: the staff member's job title and phone (required for a new account, a renewal or a
    /// privilege update, offered otherwise) and the requestor's own title and phone; each filled in anew, over any pre-filled value.
    /// </summary>
    public static async Task FillContactsAsync(ILocator main)
    {
        await main.GetByLabel("Staff member's job title").FillAsync("Career Coach");
        await main.GetByLabel("Staff member's phone").FillAsync("530-555-0142");
        await main.GetByLabel("Requestor's title").FillAsync("Program Supervisor");
        await main.GetByLabel("Requestor's phone").FillAsync("530-555-0150 x12");
    }

    /// <summary>The requestor (signed in, on the request form) gives the titles and phones, ticks both attestations and submits; the request awaits the administrator.</summary>
    public static async Task AttestAndSubmitAsync(BrowserPage page, string staffName, string kind)
    {
        var main = page.Page.Locator("main");
        await FillContactsAsync(main);
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
        await SignAsOwnNameAsync(main);
        await page.AssertAccessibleAsync();
        await page.NavigateAsync(() => main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My requests", Level = 1 }));
        await Expect(main.Locator("tr", new() { HasText = staffName }).Filter(new() { HasText = kind })
            .Filter(new() { HasText = "Awaiting the administrator" }).First).ToBeVisibleAsync();
    }

    public static async Task SignInAsync(BrowserPage page, string username, string password, ILocator arrived)
    {
        await page.Page.GetByLabel("Username").FillAsync(username);
        await page.Page.GetByLabel("Password").FillAsync(password);
        await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), arrived);
    }

    /// <summary>The requestor (requestor.riley) files a new-account request for Auburn AJCC, Golden Sierra, and sees it awaiting the administrator.</summary>
    public static async Task FileNewAccountRequestAsync(BrowserPage page, string staffName, string suffix)
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
        await FillContactsAsync(main);
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
        await Journeys.SignAsOwnNameAsync(main);
        await page.AssertAccessibleAsync();

        await page.NavigateAsync(() => main.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync(),
            page.Page.GetByRole(AriaRole.Heading, new() { Name = "My requests", Level = 1 }));
        await Expect(main.Locator("tr", new() { HasText = staffName })).ToContainTextAsync("Awaiting the administrator");
    }

    public static async Task ChooseAsync(BrowserPage page, string label, string optionStartsWith)
    {
        await page.Page.Locator("main").GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await page.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = optionStartsWith }).First.ClickAsync();
    }

    /// <summary>
    /// Chooses <paramref name="name"/>'s staff account on the request form, then waits until the form shows the name: the server
    /// fills in the name, e-mail, phone and office from the account in one render, and a field typed into before it lands raced
    /// it (CI on 4 December 2026: the account's phone landed in the middle of a Fill, and the field read both numbers run together).
    /// </summary>
    public static async Task ChooseStaffAccountAsync(BrowserPage page, string name, string? username = null)
    {
        await ChooseAsync(page, "Staff account", username is null ? name : $"{name} ({username})");
        await Expect(page.Page.Locator("main").GetByLabel("Staff member's full name")).ToHaveValueAsync(name);
    }

    public static async Task FillDateAsync(ILocator input, string date)
    {
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }
}
