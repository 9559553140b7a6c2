using CalJobsConsole.App.Components.Shared;
using FluentValidation;

namespace CalJobsConsole.App.Features.Inbox;

/// <summary>The note an administrator writes when returning a request for correction, or the reason for rejecting it.</summary>
public sealed class DecisionNoteModel
{
    public string? Note { get; set; }
}

/// <summary>Shape only: a note is required and fits the column; whether the decision may be taken is the domain's call.</summary>
public sealed class DecisionNoteModelValidator : AbstractValidator<DecisionNoteModel>
{
    public DecisionNoteModelValidator()
    {
        RuleFor(m => m.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Write the note the requestor will read.")
            .MaximumLength(2000).NoSsn("The note");
    }
}
