using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.App.Features.Designations;
using FluentValidation;

namespace CalJobsConsole.App.Features.IssueReports;

/// <summary>A staff member's problem report: what went wrong in a line, and what they saw.</summary>
public sealed class NewIssueReportModel
{
    public string? Summary { get; set; }

    public string? Description { get; set; }
}

/// <summary>Shape only: both fields are required and fit; whether the user may report is the domain's call (ISS-1).</summary>
public sealed class NewIssueReportModelValidator : AbstractValidator<NewIssueReportModel>
{
    public NewIssueReportModelValidator()
    {
        RuleFor(m => m.Summary).Must(Filled).WithMessage("Say in a line what went wrong.").MaximumLength(IssueReport.MaxSummaryLength)
            .NoSsn("The summary");
        RuleFor(m => m.Description).Must(Filled).WithMessage("Describe what you did and what you saw.").MaximumLength(IssueReport.MaxTextLength)
            .NoSsn("The description");
    }

    internal static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}

/// <summary>The CalJOBS Issue Reporting Form (Attachment 2) as the administrator fills it in.</summary>
public sealed class IssueReportingFormModel
{
    public string? WhatHappened { get; set; }

    public string? Where { get; set; }

    public DateTime? OccurredOn { get; set; }

    public string? StepsToReproduce { get; set; }

    public string? AffectedUsersAndAccounts { get; set; }

    /// <summary>The time of day it happened, "HH:mm" (24-hour, business time), as a time input gives it.</summary>
    public string? OccurredAt { get; set; }

    public string? Browser { get; set; }

    public string? Device { get; set; }

    public IssueUrgency? Urgency { get; set; }

    public string? ReporterPhone { get; set; }

    /// <summary>The reporter's e-mail: their own on record unless the administrator gives another; blank means their own.</summary>
    public string? ReporterEmail { get; set; }

    /// <summary>The time of day as the domain takes it; null when blank or not of the shape "HH:mm".</summary>
    public TimeOnly? OccurredAtTime =>
        TimeOnly.TryParseExact(OccurredAt?.Trim(), TimeFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None,
            out var time) ? time : null;

    /// <summary>"14:05" as a time input sends it; "14:05:30" as some browsers do when seconds are shown.</summary>
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];
}

/// <summary>Shape only: every field of the form is required but the e-mail (the reporter's own by default); a date or time after now is the domain's refusal.</summary>
public sealed class IssueReportingFormModelValidator : AbstractValidator<IssueReportingFormModel>
{
    public IssueReportingFormModelValidator()
    {
        RuleFor(m => m.WhatHappened).Must(NewIssueReportModelValidator.Filled).WithMessage("Describe what happened.")
            .MaximumLength(IssueReportingForm.MaxTextLength).NoSsn("What happened");
        RuleFor(m => m.Where).Must(NewIssueReportModelValidator.Filled).WithMessage("Name the CalJOBS page or module where it happened.")
            .MaximumLength(IssueReportingForm.MaxWhereLength).NoSsn("Where");
        RuleFor(m => m.OccurredOn).NotNull().WithMessage("Give the date it happened.");
        RuleFor(m => m.StepsToReproduce).Must(NewIssueReportModelValidator.Filled).WithMessage("List the steps that reproduce it.")
            .MaximumLength(IssueReportingForm.MaxTextLength).NoSsn("The steps");
        RuleFor(m => m.AffectedUsersAndAccounts).Must(NewIssueReportModelValidator.Filled).WithMessage("Name the users and accounts affected.")
            .MaximumLength(IssueReportingForm.MaxTextLength).NoSsn("The users and accounts affected");
        RuleFor(m => m.OccurredAt).Must(NewIssueReportModelValidator.Filled).WithMessage("Give the time of day it happened.")
            .Must((m, time) => !NewIssueReportModelValidator.Filled(time) || m.OccurredAtTime is not null)
            .WithMessage("Give the time as hours and minutes, like 14:05.");
        RuleFor(m => m.Browser).Must(NewIssueReportModelValidator.Filled).WithMessage("Name the browser and its version, like Chrome 131.")
            .MaximumLength(IssueReportingForm.MaxBrowserLength);
        RuleFor(m => m.Device).Must(NewIssueReportModelValidator.Filled).WithMessage("Name the device, like Windows 11 desktop.")
            .MaximumLength(IssueReportingForm.MaxDeviceLength);
        RuleFor(m => m.Urgency).NotNull().WithMessage("Choose how urgent it is.").IsInEnum();
        RuleFor(m => m.ReporterPhone).Must(NewIssueReportModelValidator.Filled).WithMessage("Give the reporter's phone.")
            .Must(ContactValidation.LooksLikePhone).WithMessage(ContactValidation.PhoneMessage);
        RuleFor(m => m.ReporterEmail).Must(e => string.IsNullOrWhiteSpace(e) || ContactValidation.LooksLikeEmail(e))
            .WithMessage("Enter an e-mail address with one '@', like name@agency.ca.gov.").MaximumLength(254);
    }
}

/// <summary>A message on a report: the user-error note, the Operations Unit's reply (which may resolve it), or the update relayed to staff.</summary>
public sealed class IssueNoteModel
{
    public string? Note { get; set; }

    public bool Resolve { get; set; }
}

public sealed class IssueNoteModelValidator : AbstractValidator<IssueNoteModel>
{
    public IssueNoteModelValidator()
    {
        RuleFor(m => m.Note).Must(NewIssueReportModelValidator.Filled).WithMessage("Write the message.").MaximumLength(IssueReport.MaxTextLength)
            .NoSsn("The message");
    }
}
