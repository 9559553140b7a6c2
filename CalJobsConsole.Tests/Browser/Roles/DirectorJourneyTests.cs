using System.Text.RegularExpressions;
using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser.Roles;

/// <summary>
/// The Director's journey on the demo data, axe on every page: chief.renee, Division Chief of the WSB Central Division,
/// names a designee who may sign for her, signs a designation form adding a CalJOBS SPOC, and reads her division's
/// results of a published monitoring review. The review (an earlier quarter than the one the Operations Unit's journey
/// draws, sampling Mika Tanaka) is recorded and published in the database before the journey, as the Operations Unit's
/// journey shows in the browser. No other browser test touches the Central Division.
/// </summary>
[Collection(RoleJourneyCollection.Name)]
public sealed class DirectorJourneyTests(BrowserFixture browser)
{
    private const string Division = "WSB Central Division";

    [Fact]
    public async Task Director_NamesADesignee_SignsADesignationForm_AndReadsTheirAreasMonitoringResults()
    {
        var quarter = await PublishAReviewSamplingMikaTanakaAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var designee = $"Dale Deputy{suffix}";
        var newSpoc = $"Sol Spoc{suffix}";

        await browser.RunAsync("/Account/Login", async page =>
        {
            await Journeys.SignInAsync(page, "chief.renee", "Welcome, Renee Okoye");
            var main = page.Page.Locator("main");

            await Journeys.OpenFromNavigationAsync(page, "Designees", "Designees who sign for you");
            await main.GetByLabel("Designee's full name").FillAsync(designee);
            await main.GetByLabel("Designee's e-mail").FillAsync($"dale.deputy.{suffix}@edd.example.ca.gov");
            await main.GetByRole(AriaRole.Button, new() { Name = "Name designee" }).ClickAsync();
            await Expect(main.Locator("tr", new() { HasText = designee })).ToContainTextAsync("Current");
            await page.AssertAccessibleAsync();

            await Journeys.OpenFromNavigationAsync(page, "Designation forms", "Designation forms");
            await Expect(page.Page.GetByTestId("form-seats")).ToContainTextAsync("Seats: 1 of");
            await page.Page.GetByRole(AriaRole.Radio, new() { Name = "Add" }).CheckAsync();
            await main.GetByLabel("Full name").FillAsync(newSpoc);
            await main.GetByLabel("E-mail").FillAsync($"sol.spoc.{suffix}@edd.example.ca.gov");
            await Journeys.FillDesignationParticularsAsync(main);
            await Journeys.SignAsOwnNameAsync(main);
            await main.GetByRole(AriaRole.Button, new() { Name = "Sign and submit" }).ClickAsync();
            await Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Add form submitted");
            await Expect(main.Locator("tr", new() { HasText = newSpoc })).ToContainTextAsync("Submitted");
            await page.AssertAccessibleAsync();

            await Journeys.OpenFromNavigationAsync(page, "Monitoring results", "Monitoring results");
            var results = page.Page.Locator("#monitoring-results");
            await Expect(results).ToContainTextAsync(Division);
            await page.NavigateAsync(() => results.GetByRole(AriaRole.Link, new() { Name = quarter }).ClickAsync(),
                page.Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Monitoring results {Regex.Escape(quarter)}: {Division}$"), Level = 1 }));
            await Expect(main).ToContainTextAsync("Mika Tanaka");
            await Expect(main).Not.ToContainTextAsync("Sam Santos");
        });
    }

    /// <summary>The Operations Unit's review of the quarter before last, sampling the division's Mika Tanaka, published; returns its quarter.</summary>
    private async Task<string> PublishAReviewSamplingMikaTanakaAsync()
    {
        var clock = browser.Services.GetRequiredService<BusinessClock>();
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var mika = await db.StaffAccounts.SingleAsync(a => a.Username == "mika.tanaka");
        var opsId = await db.Users.Where(u => u.UserName == CalJobsConsole.App.Data.Seed.DemoSignIns.OperationsUnit).Select(u => u.Id).SingleAsync();
        var quarter = Quarter.JustEndedBefore(clock.Today).Previous();
        var review = MonitoringReview.Record(quarter, seed: 2026, asOf: clock.UtcNow, sizePerStratum: 1,
            [new SampledAccount(new SamplingCandidate(mika.Id, mika.AreaId, MonitoringStratum.Existing), mika.Username, "Mika Tanaka", [])],
            clock.UtcNow);
        review.Publish(opsId, clock.UtcNow);
        db.MonitoringReviews.Add(review);
        await db.SaveChangesAsync();
        return quarter.ToString();
    }
}
