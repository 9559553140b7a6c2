using Bunit;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components.IssueReports;

/// <summary>ISS-1's forms: sent empty, every missing field is shown at once beside its input and nothing is saved.</summary>
public class IssueReportFormTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        Services.AddScoped<IssueReportService>();
    }

    [Fact]
    public async Task ReportForm_SentEmpty_ShowsEveryRequiredFieldAndSavesNothing()
    {
        SignInAs(_stored.RequestorId);
        var page = Render<ReportIssuePage>();

        await page.Find("#issue-send").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Say in a line what went wrong.", page.Markup);
            Assert.Contains("Describe what you did and what you saw.", page.Markup);
        });
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.IssueReports.CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReportingForm_SubmittedEmpty_ShowsEveryRequiredFieldOfAttachment2()
    {
        SignInAs(_stored.World.MisAdministrator.PersonId);
        var editor = Render<IssueReportingFormEditor>(p => p.Add(e => e.ReportId, Guid.NewGuid()));

        await editor.Find("#issue-submit").ClickAsync(new());

        editor.WaitForAssertion(() =>
        {
            foreach (var message in new[]
                     {
                         "Describe what happened.", "Name the CalJOBS page or module where it happened.", "Give the date it happened.",
                         "List the steps that reproduce it.", "Name the users and accounts affected.", "Give the time of day it happened.",
                         "Name the browser and its version, like Chrome 131.", "Name the device, like Windows 11 desktop.", "Choose how urgent it is.",
                         "Give the reporter's phone.",
                     })
                Assert.Contains(message, editor.Markup);
        });
    }

    [Fact]
    public void ReportingForm_WhenOpened_OffersTheReportersOwnEmailAndLabelsEveryNewField()
    {
        SignInAs(_stored.World.MisAdministrator.PersonId);
        var editor = Render<IssueReportingFormEditor>(p => p.Add(e => e.ReportId, Guid.NewGuid()).Add(e => e.ReporterEmail, "pat.staff@example.ca.gov"));

        var labels = editor.FindAll("label").Select(l => l.TextContent.Trim()).Where(l => l.Length > 0).ToList();

        Assert.Equal("pat.staff@example.ca.gov", editor.Find("#form-reporter-email").GetAttribute("value"));
        Assert.Equal("time", editor.Find("#form-time").GetAttribute("type"));
        foreach (var label in new[] { "Time of day", "Browser and version", "Device", "Urgency", "Reporter's phone", "Reporter's e-mail" })
            Assert.Contains(label, labels);
        foreach (var label in labels)
            Assert.DoesNotContain(labels, other => other != label && other.Contains(label, StringComparison.OrdinalIgnoreCase));
    }
}
