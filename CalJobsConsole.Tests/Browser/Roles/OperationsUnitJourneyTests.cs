using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser.Roles;

/// <summary>
/// The Operations Unit's journey on the demo data, axe on every page and dialog: ops.olivia records North Coast's signed
/// designation forms until its 3 seats are full and is refused the 4th administrator with CAP-1; decides the open
/// escalation of Rene Alvarez (looks at the grant dialog, then declines it with a note); runs the quarterly monitoring
/// review and publishes it (<see cref="MonitoringReviewJourney"/>, with Golden Sierra's administrator and Director); and
/// drills from the statewide panels to an account's documents. North Coast's forms are signed by its Director before the
/// journey (in the database, as the Director's own journey shows in the browser); no other browser test touches North
/// Coast's seats or this escalation, and only this journey draws the quarter's review.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class OperationsUnitJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task OperationsUnit_RecordsDesignationsUntilCap1_DecidesAnEscalation_PublishesAReview_AndDrillsDown()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string[] designees = [$"Noa Coast{suffix}", $"Kit Coast{suffix}", $"Ira Coast{suffix}"];
        await SignAddFormsForNorthCoastAsync(designees);

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, DemoSignIns.OperationsUnit, "Statewide: every area");

            // North Coast holds 1 of 3 seats: two forms fill it, the third would be a 4th administrator (CAP-1).
            await Journeys.OpenFromNavigationAsync(page, "Designation queue", "Designation forms to record");
            var status = page.Page.Locator("main").GetByRole(AriaRole.Status);
            foreach (var name in designees[..2])
            {
                await page.Page.GetByRole(AriaRole.Button, new() { Name = $"Record the Add form for {name}" }).ClickAsync();
                await Expect(status).ToContainTextAsync($"Add form for {name} recorded.");
            }
            await page.AssertAccessibleAsync();
            await page.Page.GetByRole(AriaRole.Button, new() { Name = $"Record the Add form for {designees[2]}" }).ClickAsync();
            var refusal = page.Page.Locator("main").GetByRole(AriaRole.Alert);
            await Expect(refusal).ToContainTextAsync("CAP-1");
            await Expect(status).ToHaveCountAsync(0);
            await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = $"Record the Add form for {designees[2]}" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.GotoAsync($"/areas/{await AreaIdAsync("North Coast")}");
            await Expect(page.Page.GetByTestId("seats")).ToHaveTextAsync("Seats: 3 of 3 MIS Administrators");

            // The escalation: the grant dialog first (checked, then cancelled), then declined with a note.
            await Journeys.OpenFromNavigationAsync(page, "Escalations", "Escalations");
            var row = page.Page.Locator("#escalation-queue tr", new() { HasText = "Rene Alvarez" });
            await Expect(row).ToContainTextAsync("SSN_UNMASK");
            await Expect(row).ToContainTextAsync("Open");
            await row.GetByRole(AriaRole.Button, new() { Name = "Grant the escalation for Rene Alvarez" }).ClickAsync();
            var dialog = page.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.GetByLabel("CalJOBS username")).ToHaveValueAsync("rene.alvarez");
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);

            await row.GetByRole(AriaRole.Button, new() { Name = "Decline the escalation for Rene Alvarez" }).ClickAsync();
            await dialog.GetByLabel("Why the Operations Unit declines it").FillAsync("View access with reports suffices for pseudo-SSN checks; unmasked SSNs are not needed.");
            await page.AssertAccessibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
            await Expect(page.Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Declined: the request for Rene Alvarez is closed with your note.");
            await Expect(row).ToContainTextAsync("unmasked SSNs are not needed");
            await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            await page.NavigateAsync(() => page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
                    .GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { Name = "Statewide: every area" }));
            await ComplianceJourneyTests.DrillDownAndBackAsync(page);
        });

        await MonitoringReviewJourney.RunAndPublishAsync(browser);
    }

    /// <summary>North Coast's Director (director.hank) signs three "add" forms; they wait in the Operations Unit's queue.</summary>
    private async Task SignAddFormsForNorthCoastAsync(IEnumerable<string> names)
    {
        var today = browser.Services.GetRequiredService<BusinessClock>().Today;
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var area = await db.Areas.Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Active)).Include(a => a.Designees)
            .SingleAsync(a => a.Name == "North Coast");
        foreach (var name in names)
            db.DesignationForms.Add(DesignationForm.SubmitAddition(area,
                ContactDetails.Create(name, $"{name.Replace(' ', '.').ToLowerInvariant()}@northcoast.example.gov", "707-555-0120"),
                new DesignationParticulars("Workforce Services Analyst", "North Coast Workforce Board", null, today),
                TestSignatures.Designation(area.DirectorId!.Value), today));
        await db.SaveChangesAsync();
    }

    private async Task<Guid> AreaIdAsync(string name)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Areas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }
}
