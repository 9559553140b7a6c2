using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using FluentValidation;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>What the Director (or designee) fills in on Attachment 1.</summary>
public sealed class DesignationFormModel
{
    public DesignationFormKind Kind { get; set; } = DesignationFormKind.Add;

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The person's title (for a change of contact, the new one).</summary>
    public string? Title { get; set; }

    public string? Organisation { get; set; }

    /// <summary>The person's CalJOBS username; blank when they have none yet.</summary>
    public string? CalJobsUsername { get; set; }

    /// <summary>The day the addition, removal or change takes effect.</summary>
    public DateTime? EffectiveOn { get; set; }

    /// <summary>The administrator removed or changed.</summary>
    public Guid? DesignationId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The signer's signature: their own full name, typed under the Attachment 1 statement (DES-1).</summary>
    public string? SignatureName { get; set; }
}

/// <summary>
/// The form's shape; whether the signer may sign and seats are free is the domain's call. With <paramref name="today"/> (the
/// business date), the effective date is also checked against the window the domain allows
/// (<see cref="DesignationParticulars.EffectiveWithin"/>), so the message shows beside the field before anything is sent.
/// </summary>
public sealed class DesignationFormModelValidator : AbstractValidator<DesignationFormModel>
{
    public DesignationFormModelValidator(DateOnly? today = null)
    {
        RuleFor(m => m.Kind).IsInEnum();
        When(m => m.Kind != DesignationFormKind.Remove, () =>
        {
            RuleFor(m => m.FullName).NotEmpty().WithMessage("Enter the administrator's full name.").MaximumLength(200);
            RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the administrator's work e-mail.")
                .Must(e => e is null || ContactValidation.LooksLikeEmail(e)).WithMessage("Enter an e-mail address with one '@', like name@agency.ca.gov.")
                .MaximumLength(254);
            RuleFor(m => m.Phone).NotEmpty().WithMessage("Enter the administrator's work phone.")
                .Must(ContactValidation.LooksLikePhone).WithMessage(ContactValidation.PhoneMessage);
            RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the administrator's title.").MaximumLength(DesignationParticulars.MaxTitleLength);
            RuleFor(m => m.Organisation).NotEmpty().WithMessage("Enter the organisation the administrator works for.")
                .MaximumLength(DesignationParticulars.MaxOrganisationLength);
            RuleFor(m => m.CalJobsUsername).Must(u => string.IsNullOrWhiteSpace(u) || CalJobsUsername.IsValid(u))
                .WithMessage("A CalJOBS username has 3 to 64 letters, digits, '.', '_' or '-'; leave it blank if the person has none yet.");
        });
        RuleFor(m => m.EffectiveOn).NotNull().WithMessage("Enter the date the change takes effect.");
        if (today is { } day)
            RuleFor(m => m.EffectiveOn)
                .Must(on => on is null || Within(DateOnly.FromDateTime(on.Value), day))
                .WithMessage($"The effective date can be at most {DesignationParticulars.MaxDaysBack} days before today and at most a year after it.");
        When(m => m.Kind != DesignationFormKind.Add, () =>
            RuleFor(m => m.DesignationId).NotEmpty().WithMessage("Choose the administrator this form is about."));
        RuleFor(m => m.Reason).MaximumLength(1000).NoSsn("The reason");
        RuleFor(m => m.SignatureName).NotEmpty().WithMessage("Sign the form: type your full name under the statement.")
            .MaximumLength(Signature.MaxNameLength);
    }

    private static bool Within(DateOnly effectiveOn, DateOnly today) =>
        effectiveOn >= today.AddDays(-DesignationParticulars.MaxDaysBack) && effectiveOn <= today.AddDays(DesignationParticulars.MaxDaysAhead);
}

public static class ContactValidation
{
    public const string PhoneMessage = "Enter a phone number with its area code, like 916-555-0142 (an extension as x12).";

    /// <summary>Blank passes (a required phone says so with NotEmpty); anything else must have the shape the domain accepts.</summary>
    public static bool LooksLikePhone(string? phone) => string.IsNullOrWhiteSpace(phone) || PhoneNumber.IsPlausible(phone);

    public static bool LooksLikeEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@');
        return at > 0 && at < trimmed.Length - 1 && trimmed.IndexOf('@', at + 1) < 0 && !trimmed.Contains(' ');
    }
}
