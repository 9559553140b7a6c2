using System.Globalization;
using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>Steps several journeys share: signing in, choosing from a MudSelect, typing a date, the requestor filing a new-account request.</summary>
public static class Journeys
{
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
        await main.GetByText("I verified the staff member's ISPA training and confidentiality statement").ClickAsync();
        await main.GetByText("I confirm the staff member has a business need for this access").ClickAsync();
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

    public static async Task FillDateAsync(ILocator input, string date)
    {
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }
}
