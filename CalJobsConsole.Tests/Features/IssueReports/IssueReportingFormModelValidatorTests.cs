using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.Domain.IssueReports;

namespace CalJobsConsole.Tests.Features.IssueReports;

/// <summary>The shape of Attachment 2 (issue 20): the time of day, browser, device, urgency and the reporter's contact.</summary>
public class IssueReportingFormModelValidatorTests
{
    private readonly IssueReportingFormModelValidator _validator = new();

    private static IssueReportingFormModel Complete() => new()
    {
        WhatHappened = "Case notes vanish.", Where = "Case notes", OccurredOn = new DateTime(2026, 3, 13), StepsToReproduce = "Save, refresh.",
        AffectedUsersAndAccounts = "Pat Staff", OccurredAt = "09:15", Browser = "Chrome 131", Device = "Windows 11 desktop", Urgency = IssueUrgency.Low,
        ReporterPhone = "916-555-0177",
    };

    private IReadOnlyList<string> Failing(IssueReportingFormModel model) =>
        _validator.Validate(model).Errors.Select(e => e.PropertyName).Distinct().Order().ToList();

    [Fact]
    public void Validate_WhenCompleteWithoutAnEmail_Passes() => Assert.Empty(Failing(Complete()));

    [Fact]
    public void Validate_WhenTheNewFieldsAreBlank_NamesEachButTheEmail()
    {
        var model = Complete();
        (model.OccurredAt, model.Browser, model.Device, model.Urgency, model.ReporterPhone) = ("", " ", null, null, null);

        Assert.Equal(["Browser", "Device", "OccurredAt", "ReporterPhone", "Urgency"], Failing(model));
    }

    [Theory]
    [InlineData("14:05", true)]
    [InlineData("00:00", true)]
    [InlineData("23:59:30", true)]
    [InlineData("2:05 PM", false)]
    [InlineData("24:00", false)]
    [InlineData("1405", false)]
    public void Validate_TheTimeOfDay_IsHoursAndMinutes(string time, bool valid)
    {
        var model = Complete();
        model.OccurredAt = time;

        Assert.Equal(valid, Failing(model).Count == 0);
    }

    [Fact]
    public void Validate_WhenThePhoneAndEmailAreMisshapen_SaysSoForEach()
    {
        var model = Complete();
        (model.ReporterPhone, model.ReporterEmail) = ("555-0177", "pat.example.gov");

        Assert.Equal(["ReporterEmail", "ReporterPhone"], Failing(model));
    }

    [Fact]
    public void Validate_WhenTheUrgencyIsNotOneOfTheFour_SaysSo()
    {
        var model = Complete();
        model.Urgency = (IssueUrgency)9;

        Assert.Equal(["Urgency"], Failing(model));
    }

    [Fact]
    public void Validate_WhenTheBrowserIsTooLong_SaysSo()
    {
        var model = Complete();
        model.Browser = new string('b', IssueReportingForm.MaxBrowserLength + 1);

        Assert.Equal(["Browser"], Failing(model));
    }
}
