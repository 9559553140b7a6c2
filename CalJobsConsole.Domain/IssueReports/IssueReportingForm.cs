using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.Domain.IssueReports;

/// <summary>
/// The CalJOBS Issue Reporting Form (WSD24-13, Attachment 2) as the administrator completes it: what happened, where
/// (page or module), on which day and at what time, the steps to reproduce it, the users and accounts affected, the browser
/// and device, how urgent it is, and how to reach the staff member who reported it. Screenshots are kept on the report as
/// evidence files. Forms submitted before issue 20 hold no time, browser, device, urgency or reporter's contact:
/// <see cref="AskedCircumstances"/> tells them apart.
/// </summary>
public sealed record IssueReportingForm
{
    public const int MaxTextLength = 4000;
    public const int MaxWhereLength = 300;
    public const int MaxBrowserLength = 200;
    public const int MaxDeviceLength = 200;

    private IssueReportingForm(string whatHappened, string where, DateOnly occurredOn, string stepsToReproduce, string affectedUsersAndAccounts,
        TimeOnly? occurredAt, string? browser, string? device, IssueUrgency? urgency, string? reporterPhone, string? reporterEmail)
    {
        WhatHappened = whatHappened;
        Where = where;
        OccurredOn = occurredOn;
        StepsToReproduce = stepsToReproduce;
        AffectedUsersAndAccounts = affectedUsersAndAccounts;
        OccurredAt = occurredAt;
        Browser = browser;
        Device = device;
        Urgency = urgency;
        ReporterPhone = reporterPhone;
        ReporterEmail = reporterEmail;
    }

    public string WhatHappened { get; }

    /// <summary>The CalJOBS page or module where it happened.</summary>
    public string Where { get; }

    public DateOnly OccurredOn { get; }

    public string StepsToReproduce { get; }

    public string AffectedUsersAndAccounts { get; }

    /// <summary>The time of day it happened, business time (Pacific); null on forms submitted before it was asked.</summary>
    public TimeOnly? OccurredAt { get; }

    /// <summary>The browser and its version ("Chrome 131"); null on forms submitted before it was asked.</summary>
    public string? Browser { get; }

    /// <summary>The device and its system ("Windows 11 desktop"); null on forms submitted before it was asked.</summary>
    public string? Device { get; }

    /// <summary>How urgent the administrator judges it; null on forms submitted before it was asked.</summary>
    public IssueUrgency? Urgency { get; }

    /// <summary>The phone of the staff member who reported it; null on forms submitted before it was asked.</summary>
    public string? ReporterPhone { get; }

    /// <summary>The e-mail of the staff member who reported it (their own by default); null on forms submitted before it was asked.</summary>
    public string? ReporterEmail { get; }

    /// <summary>Whether the form was submitted with the fields of issue 20 (every form since gives the urgency).</summary>
    public bool AskedCircumstances => Urgency is not null;

    /// <summary>Every field required; the day and time it happened may not be after now (business time).</summary>
    public static IssueReportingForm Complete(string? whatHappened, string? where, DateOnly? occurredOn, TimeOnly? occurredAt,
        string? stepsToReproduce, string? affectedUsersAndAccounts, string? browser, string? device, IssueUrgency? urgency,
        string? reporterPhone, string? reporterEmail, BusinessClock clock)
    {
        var now = clock.ToBusinessTime(clock.UtcNow);
        var day = Guard.NotInFuture(occurredOn ?? throw new InvalidInputException(nameof(OccurredOn), "is required."), DateOnly.FromDateTime(now.DateTime),
            nameof(OccurredOn));
        var time = occurredAt ?? throw new InvalidInputException(nameof(OccurredAt), "is required.");
        if (day.ToDateTime(time) > now.DateTime)
            throw new InvalidInputException(nameof(OccurredAt), $"cannot be in the future ({time:HH\\:mm} is after the time now, {now:HH\\:mm} Pacific).");
        return new(ParticipantText.Required(whatHappened, nameof(WhatHappened), MaxTextLength, "What happened"),
            ParticipantText.Required(where, nameof(Where), MaxWhereLength, "Where"),
            day,
            ParticipantText.Required(stepsToReproduce, nameof(StepsToReproduce), MaxTextLength, "Steps to reproduce"),
            ParticipantText.Required(affectedUsersAndAccounts, nameof(AffectedUsersAndAccounts), MaxTextLength, "Users and accounts affected"),
            time,
            Guard.Required(browser, nameof(Browser), MaxBrowserLength),
            Guard.Required(device, nameof(Device), MaxDeviceLength),
            Guard.Defined(urgency ?? throw new InvalidInputException(nameof(Urgency), "is required."), nameof(Urgency)),
            Guard.Phone(reporterPhone, nameof(ReporterPhone)),
            Guard.Email(reporterEmail, nameof(ReporterEmail)));
    }
}
