using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.VosGreeter;
using FluentValidation;

namespace CalJobsConsole.App.Features.VosGreeter;

/// <summary>A check-in reason to add, or to propose: its label and the program it leads to.</summary>
public sealed class CheckInReasonModel
{
    public string? Label { get; set; }

    public CheckInProgram? Program { get; set; }
}

/// <summary>Shape only: both fields given, the label fits. Who may add it, and whether a SPOC may propose that program, is the domain's call (VOS-1).</summary>
public sealed class CheckInReasonModelValidator : AbstractValidator<CheckInReasonModel>
{
    public CheckInReasonModelValidator()
    {
        RuleFor(m => m.Label).Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage("Enter the label visitors see.")
            .MaximumLength(CheckInReason.MaxLabelLength).WithMessage($"Keep the label to {CheckInReason.MaxLabelLength} characters.");
        RuleFor(m => m.Program).NotNull().WithMessage("Choose the program the reason leads to.")
            .IsInEnum().WithMessage("Choose the program the reason leads to.");
    }
}

/// <summary>A new label for an existing reason.</summary>
public sealed class RenameReasonModel
{
    public string? Label { get; set; }
}

public sealed class RenameReasonModelValidator : AbstractValidator<RenameReasonModel>
{
    public RenameReasonModelValidator()
    {
        RuleFor(m => m.Label).Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage("Enter the new label.")
            .MaximumLength(CheckInReason.MaxLabelLength).WithMessage($"Keep the label to {CheckInReason.MaxLabelLength} characters.");
    }
}

/// <summary>Why the MIS Administrator declines a SPOC's proposal: the SPOC reads it.</summary>
public sealed class DeclineProposalModel
{
    public string? Note { get; set; }
}

public sealed class DeclineProposalModelValidator : AbstractValidator<DeclineProposalModel>
{
    public DeclineProposalModelValidator()
    {
        RuleFor(m => m.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Write the note the SPOC will read.")
            .MaximumLength(CheckInReasonProposal.MaxNoteLength).NoSsn("The note");
    }
}
