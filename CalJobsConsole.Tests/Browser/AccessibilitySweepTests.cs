using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The accessibility sweep (issue 16, item 7): for each demo role, every link of the main navigation as it is rendered for
/// that role, and every dialog those pages open, checked with axe-core on <see cref="BrowserPage.AxeTags"/> (WCAG 2.0 and
/// 2.1, A and AA, no rule disabled). Every violation a role meets is gathered into one failure (where, rule, target), so one
/// run shows them all.
/// <para>
/// Pages come from the rendered navigation, not a list here: a new page is swept as soon as a role's menu links to it.
/// Dialogs come from a marker in the markup: a button that opens a dialog carries <c>data-opens-dialog="&lt;DialogName&gt;"</c>.
/// On each page the sweep clicks the first visible, enabled button of each dialog name, checks the page with the dialog open
/// and closes it with Escape (the dialog provider's <c>CloseOnEscapeKey</c>), so nothing is saved. A dialog whose button the
/// page does not offer (no row to act on) is named in the test output as not swept.
/// </para>
/// <para>
/// It runs in the feature journeys' collection: no journey there decides the demo's open escalation, so the escalation
/// dialogs are always offered, and its running time sits beside the role journeys' collection rather than after it.
/// </para>
/// <para>
/// The sweep also reads the audit trail: a person following their own menu is never refused (issue 21 records each refusal in a
/// circuit, so a page that asks a service its visitor may not use would fill the trail with refusals on every visit).
/// </para>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture browser)
{
    /// <summary>Navigation targets that are not the console's own markup: Hangfire's dashboard is Hangfire's page.</summary>
    private static readonly string[] NotConsolePages = ["hangfire"];

    private const string DialogMarker = "data-opens-dialog";

    [Theory]
    [InlineData("Operations Unit", DemoSignIns.OperationsUnit)]
    [InlineData("MIS Administrator", DemoSignIns.MisAdministrator)]
    [InlineData("CalJOBS SPOC", DemoSignIns.Spoc)]
    [InlineData("Director", DemoSignIns.Director)]
    [InlineData("Requestor", DemoSignIns.Requestor)]
    [InlineData("Staff", DemoSignIns.Staff)]
    public Task Sweep_EveryNavigationPageAndDialog_HasNoAxeViolations(string role, string username) =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var output = TestContext.Current.TestOutputHelper;
            var findings = new List<string>();
            var auditedBefore = await LastAuditIdAsync();
            await SignInAsync(page, username);

            foreach (var link in await NavigationLinksAsync(page))
            {
                var where = $"\"{link.Text}\" ({link.Href})";
                try
                {
                    await VisitAsync(page, link);
                    Record(findings, where, await page.FindViolationsAsync(), output);
                    foreach (var dialog in await DialogNamesAsync(page))
                        await SweepDialogAsync(page, dialog, where, findings, output);
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    findings.Add($"{where} could not be checked: {e.Message}");
                }
            }

            findings.AddRange(await RefusalsSinceAsync(auditedBefore, username));
            Assert.True(findings.Count == 0,
                $"{role} ({username}): {findings.Count} page(s) or dialog(s) with accessibility findings or refusals:{Environment.NewLine}"
                + string.Join(Environment.NewLine, findings));
        });

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.AuditRecords.MaxAsync(a => (long?)a.Id, TestContext.Current.CancellationToken) ?? 0;
    }

    /// <summary>Each refused authorization recorded for <paramref name="username"/> after audit record <paramref name="since"/>.</summary>
    private async Task<IReadOnlyList<string>> RefusalsSinceAsync(long since, string username)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = await Contexts.CreateDbContextAsync(token);
        var userId = await db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync(token);
        var refusals = await db.AuditRecords.AsNoTracking()
            .Where(a => a.Id > since && a.ActorId == userId && a.Action == SecurityAudit.Actions.AuthorizationRefused)
            .Select(a => a.After).ToListAsync(token);
        return refusals.Select(detail => $"refused on the way through the own menu: {detail}").ToList();
    }

    private IDbContextFactory<ConsoleDbContext> Contexts => browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();

    private static async Task SignInAsync(BrowserPage page, string username)
    {
        await page.Page.GetByLabel("Username").FillAsync(username);
        await page.Page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        var before = page.Page.Url;
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForUrlToLeaveAsync(before);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>The main navigation's links as rendered for the signed-in role, each with its absolute URL.</summary>
    private static async Task<IReadOnlyList<NavigationLink>> NavigationLinksAsync(BrowserPage page)
    {
        var links = await page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator("a[href]")
            .EvaluateAllAsync<NavigationLink[]>("links => links.map(a => ({ href: a.getAttribute('href'), url: a.href, text: a.textContent.trim() }))");
        Assert.NotEmpty(links);
        return links.Where(l => !NotConsolePages.Any(p => l.Href.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>Follows the link as a person would (a click in the navigation) and waits until the page has rendered.</summary>
    private static async Task VisitAsync(BrowserPage page, NavigationLink link)
    {
        if (page.Page.Url != link.Url)
        {
            await page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator($"a[href=\"{link.Href}\"]").First.ClickAsync();
            await Expect(page.Page).ToHaveURLAsync(link.Url, new() { Timeout = 30_000 }); // asked until it holds: see BrowserPage.WaitForUrlToLeaveAsync
        }
        await page.WaitForInteractiveAsync();
        // A page shows its heading at once and a loading bar until its data is read: check the page with its data.
        await Expect(page.Page.Locator("main h1").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Page.Locator("main .mud-progress-indeterminate")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await page.WaitForInteractiveAsync();
    }

    private static Task<string[]> DialogNamesAsync(BrowserPage page) =>
        page.Page.Locator($"main [{DialogMarker}]")
            .EvaluateAllAsync<string[]>($"buttons => [...new Set(buttons.map(b => b.getAttribute('{DialogMarker}')))]");

    /// <summary>Opens the dialog from the first button that offers it, checks the page with it open, and closes it unsaved.</summary>
    private static async Task SweepDialogAsync(BrowserPage page, string dialog, string where, List<string> findings, ITestOutputHelper? output)
    {
        var button = page.Page.Locator($"main [{DialogMarker}=\"{dialog}\"]:not([disabled])").Filter(new() { Visible = true }).First;
        if (await button.CountAsync() == 0)
        {
            output?.WriteLine($"Not swept: {dialog} on {where} (no enabled button offers it).");
            return;
        }
        await button.ClickAsync();
        var open = page.Page.GetByRole(AriaRole.Dialog);
        await Expect(open).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        Record(findings, $"{where}, dialog {dialog}", await page.FindViolationsAsync(), output);

        await page.Page.Keyboard.PressAsync("Escape");
        await Expect(open).ToHaveCountAsync(0);
    }

    private static void Record(List<string> findings, string where, IReadOnlyList<Deque.AxeCore.Commons.AxeResultItem> violations,
        ITestOutputHelper? output)
    {
        output?.WriteLine($"Checked {where}: {violations.Count} violated rule(s).");
        if (violations.Count > 0)
            findings.Add(AxeReport.Describe(where, violations));
    }

    /// <summary>A link of the main navigation (a class with setters: Playwright fills it from JSON).</summary>
    public sealed class NavigationLink
    {
        public string Href { get; set; } = "";
        public string Url { get; set; } = "";
        public string Text { get; set; } = "";
    }
}
