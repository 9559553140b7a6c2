using FluentValidation;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>A person the Director names to sign designation forms for them.</summary>
public sealed class DesigneeModel
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public DateTime? EndsOn { get; set; }
}

public sealed class DesigneeModelValidator : AbstractValidator<DesigneeModel>
{
    public DesigneeModelValidator()
    {
        RuleFor(m => m.FullName).NotEmpty().WithMessage("Enter the designee's full name.").MaximumLength(200);
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the designee's work e-mail.")
            .Must(e => e is null || ContactValidation.LooksLikeEmail(e)).WithMessage("Enter an e-mail address with one '@', like name@agency.ca.gov.");
    }
}
