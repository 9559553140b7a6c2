using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.Areas;
using FluentValidation;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>What the Director (or designee) fills in on Attachment 1.</summary>
public sealed class DesignationFormModel
{
    public DesignationFormKind Kind { get; set; } = DesignationFormKind.Add;

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The administrator removed or changed.</summary>
    public Guid? DesignationId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The signer's signature: their own full name, typed under the Attachment 1 statement (DES-1).</summary>
    public string? SignatureName { get; set; }
}

/// <summary>The form's shape; whether the signer may sign and seats are free is the domain's call.</summary>
public sealed class DesignationFormModelValidator : AbstractValidator<DesignationFormModel>
{
    public DesignationFormModelValidator()
    {
        RuleFor(m => m.Kind).IsInEnum();
        When(m => m.Kind != DesignationFormKind.Remove, () =>
        {
            RuleFor(m => m.FullName).NotEmpty().WithMessage("Enter the administrator's full name.").MaximumLength(200);
            RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the administrator's work e-mail.")
                .Must(e => e is null || ContactValidation.LooksLikeEmail(e)).WithMessage("Enter an e-mail address with one '@', like name@agency.ca.gov.")
                .MaximumLength(254);
            RuleFor(m => m.Phone).MaximumLength(40);
        });
        When(m => m.Kind != DesignationFormKind.Add, () =>
            RuleFor(m => m.DesignationId).NotEmpty().WithMessage("Choose the administrator this form is about."));
        RuleFor(m => m.Reason).MaximumLength(1000).NoSsn("The reason");
        RuleFor(m => m.SignatureName).NotEmpty().WithMessage("Sign the form: type your full name under the statement.")
            .MaximumLength(Signature.MaxNameLength);
    }
}

public static class ContactValidation
{
    public static bool LooksLikeEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@');
        return at > 0 && at < trimmed.Length - 1 && trimmed.IndexOf('@', at + 1) < 0 && !trimmed.Contains(' ');
    }
}
