using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;

namespace CalJobsConsole.Tests.Support;

/// <summary>A complete Issue Reporting Form (Attachment 2) for tests that are about something else: issue 20's fields filled in.</summary>
public static class TestIssueForms
{
    public const string Browser = "Chrome 131";
    public const string Device = "Windows 11 desktop";
    public const string ReporterPhone = "916-555-0177";
    public const string ReporterEmail = "pat.staff@example.ca.gov";

    /// <summary>Before the test clock's 10 o'clock, so a form about today is not in the future.</summary>
    public static readonly TimeOnly OccurredAt = new(8, 30);

    public static IssueReportingForm Complete(string whatHappened, string where, DateOnly occurredOn, string stepsToReproduce, string affectedUsersAndAccounts,
        BusinessClock clock, IssueUrgency urgency = IssueUrgency.High) =>
        IssueReportingForm.Complete(whatHappened, where, occurredOn, OccurredAt, stepsToReproduce, affectedUsersAndAccounts, Browser, Device, urgency,
            ReporterPhone, ReporterEmail, clock);
}
