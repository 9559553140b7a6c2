using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser.Roles;

/// <summary>
/// The requestor's journey on the demo data, axe on every page: requestor.riley signs in, files a new-account request,
/// an annual renewal and a deactivation for Sam Santos (staff.sam, whose account no browser test changes), and sees all
/// three in My requests awaiting the administrator.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class RequestorJourneyTests(BrowserFixture browser)
{
    private const string Sam = "Sam Santos";

    [Fact]
    public Task Requestor_FilesANewAccountARenewalAndADeactivation_AndSeesThemAwaitingTheAdministrator() =>
        browser.RunAsync("/Account/Login", async page =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var newcomer = $"Jess Requestor{suffix}";
            // New account: signs in, fills the form, submits (the shared step other journeys use too).
            await Journeys.FileNewAccountRequestAsync(page, newcomer, suffix);

            var main = page.Page.Locator("main");
            var fiveDaysAgo = Journeys.Iso(Journeys.Today().AddDays(-5));
            await Journeys.OpenFromNavigationAsync(page, "New request", "New access request");
            await Journeys.ChooseAsync(page, "Kind of request", "Annual renewal");
            await Journeys.ChooseStaffAccountAsync(page, Sam, DemoSignIns.Staff);
            await Journeys.FillDateAsync(main.GetByLabel("Most recent ISPA training date"), fiveDaysAgo);
            await Journeys.FillDateAsync(main.GetByLabel("DE 7410 / Attachment E-1 date (signed or refused)"), fiveDaysAgo);
            await Journeys.AttestAndSubmitAsync(page, Sam, "renewal");

            await Journeys.OpenFromNavigationAsync(page, "New request", "New access request");
            await Journeys.ChooseAsync(page, "Kind of request", "Deactivation");
            await Journeys.ChooseStaffAccountAsync(page, Sam, DemoSignIns.Staff);
            await Journeys.FillDateAsync(main.GetByLabel("Separation or deactivation date"), Journeys.Iso(Journeys.Today().AddDays(30)));
            await Journeys.AttestAndSubmitAsync(page, Sam, "deactivation");

            await Expect(main.Locator("tr", new() { HasText = newcomer })).ToContainTextAsync("Awaiting the administrator");
            await Expect(main.Locator("tr", new() { HasText = Sam }).Filter(new() { HasText = "Awaiting the administrator" })).ToHaveCountAsync(2);
        });
}
