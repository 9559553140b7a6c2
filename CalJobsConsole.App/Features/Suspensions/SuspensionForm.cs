using CalJobsConsole.App.Components.Shared;
using FluentValidation;

namespace CalJobsConsole.App.Features.Suspensions;

/// <summary>The reason the Operations Unit gives for a suspension (REV-1), e.g. automated access to CalJOBS.</summary>
public sealed class SuspensionForm
{
    public string Reason { get; set; } = "";
}

public sealed class SuspensionFormValidator : AbstractValidator<SuspensionForm>
{
    public SuspensionFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the reason for the suspension (REV-1), e.g. automated access to CalJOBS.")
            .MaximumLength(1000).WithMessage("The reason is at most 1000 characters.")
            .NoSsn("The reason");
    }
}
