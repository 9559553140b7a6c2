using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Monitoring;
using FluentValidation;

namespace CalJobsConsole.App.Features.Monitoring;

/// <summary>The Operations Unit's note on a finding: what documentation it asks for, or why it resolves the finding.</summary>
public sealed class FindingNoteModel
{
    public string? Note { get; set; }
}

/// <summary>Shape only: a note is required and fits; whether the finding may move is the domain's call (MON-1).</summary>
public sealed class FindingNoteModelValidator : AbstractValidator<FindingNoteModel>
{
    public FindingNoteModelValidator()
    {
        RuleFor(m => m.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Write the note the area's administrators will read.")
            .MaximumLength(MonitoringReview.MaxNoteLength).NoSsn("The note");
    }
}

/// <summary>An administrator's answer to a documentation request: an explanation, and the kind of the document when one is attached.</summary>
public sealed class FindingAnswerModel
{
    public string? Explanation { get; set; }

    public CalJobsConsole.Domain.Documents.DocumentKind Kind { get; set; } = CalJobsConsole.Domain.Documents.DocumentKind.SystemAccessRequestForm;
}

public sealed class FindingAnswerModelValidator : AbstractValidator<FindingAnswerModel>
{
    public FindingAnswerModelValidator()
    {
        RuleFor(m => m.Explanation).Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage("Explain what you found or what you attach; the Operations Unit reads it with the finding.")
            .MaximumLength(MonitoringReview.MaxNoteLength).NoSsn("The explanation");
        RuleFor(m => m.Kind).IsInEnum();
    }
}
