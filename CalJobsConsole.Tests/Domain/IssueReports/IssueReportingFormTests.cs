using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.IssueReports;

/// <summary>
/// Issue 20's fuller Attachment 2: the time of day (not after now, business time), browser, device, urgency and the reporter's
/// phone and e-mail, each required and refused by name when missing or misshapen.
/// </summary>
public class IssueReportingFormTests
{
    // 10:00 Pacific on 2026-03-16.
    private readonly World _world = new();

    private IssueReportingForm Complete(DateOnly? on = null, TimeOnly? at = null, string? browser = TestIssueForms.Browser, string? device = TestIssueForms.Device,
        IssueUrgency? urgency = IssueUrgency.Normal, string? phone = TestIssueForms.ReporterPhone, string? email = TestIssueForms.ReporterEmail) =>
        IssueReportingForm.Complete("Case notes vanish.", "Case notes", on ?? _world.Clock.Today, at ?? new TimeOnly(9, 59), "Save, refresh.", "Pat Staff",
            browser, device, urgency, phone, email, _world.Business);

    private string RefusedField(Func<IssueReportingForm> complete) => Assert.Throws<InvalidInputException>(complete).Field;

    [Fact]
    public void Complete_WhenEveryFieldIsGiven_KeepsThemTrimmed()
    {
        var form = Complete(browser: " Edge 131 ", email: " pat@example.org ");

        Assert.Equal((new TimeOnly(9, 59), "Edge 131", TestIssueForms.Device, IssueUrgency.Normal, TestIssueForms.ReporterPhone, "pat@example.org"),
            (form.OccurredAt, form.Browser, form.Device, form.Urgency, form.ReporterPhone, form.ReporterEmail));
        Assert.True(form.AskedCircumstances);
    }

    [Fact]
    public void Complete_WhenTheTimeTodayIsStillToCome_IsRefusedNamingOccurredAt() =>
        Assert.Equal(nameof(IssueReportingForm.OccurredAt), RefusedField(() => Complete(at: new TimeOnly(10, 1))));

    [Fact]
    public void Complete_WhenALateTimeWasYesterday_IsAccepted() =>
        Assert.Equal(new TimeOnly(23, 30), Complete(on: _world.Clock.Today.AddDays(-1), at: new TimeOnly(23, 30)).OccurredAt);

    [Fact]
    public void Complete_WhenTheTimeIsMissing_IsRefusedNamingOccurredAt() =>
        Assert.Equal(nameof(IssueReportingForm.OccurredAt), RefusedField(() => IssueReportingForm.Complete("a", "b", _world.Clock.Today, null, "c", "d",
            TestIssueForms.Browser, TestIssueForms.Device, IssueUrgency.Low, TestIssueForms.ReporterPhone, TestIssueForms.ReporterEmail, _world.Business)));

    [Fact]
    public void Complete_WhenTheBrowserIsMissing_IsRefusedNamingBrowser() =>
        Assert.Equal(nameof(IssueReportingForm.Browser), RefusedField(() => Complete(browser: " ")));

    [Fact]
    public void Complete_WhenTheDeviceIsTooLong_IsRefusedNamingDevice() =>
        Assert.Equal(nameof(IssueReportingForm.Device), RefusedField(() => Complete(device: new string('d', IssueReportingForm.MaxDeviceLength + 1))));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    public void Complete_WhenTheUrgencyIsMissingOrUnknown_IsRefusedNamingUrgency(int? urgency) =>
        Assert.Equal(nameof(IssueReportingForm.Urgency), RefusedField(() => Complete(urgency: (IssueUrgency?)urgency)));

    [Fact]
    public void Complete_WhenTheReportersPhoneHasNoAreaCode_IsRefusedNamingReporterPhone() =>
        Assert.Equal(nameof(IssueReportingForm.ReporterPhone), RefusedField(() => Complete(phone: "555-0177")));

    [Fact]
    public void Complete_WhenTheReportersEmailHasNoAt_IsRefusedNamingReporterEmail() =>
        Assert.Equal(nameof(IssueReportingForm.ReporterEmail), RefusedField(() => Complete(email: "pat.example.org")));

    [Fact]
    public void Urgency_InWords_SaysWhatEachMeans()
    {
        Assert.Equal(["Low: an inconvenience, work goes on", "Normal: work goes on with a workaround", "High: work is slowed, no workaround", "Urgent: work stopped"],
            Enum.GetValues<IssueUrgency>().Select(u => u.DisplayName()));
    }
}
