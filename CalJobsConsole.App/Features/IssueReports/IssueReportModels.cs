using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.IssueReports;
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
}

/// <summary>Shape only: every field of the form is required; a date after today is the domain's refusal.</summary>
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
