using FluentValidation;

namespace CalJobsConsole.App.Features.People;

/// <summary>Registering a manager or supervisor as a requestor of the area (REQ-2): who they are and the offices they supervise.</summary>
public sealed class RequestorForm
{
    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public IReadOnlyCollection<Guid> OfficeIds { get; set; } = [];
}

public sealed class RequestorFormValidator : AbstractValidator<RequestorForm>
{
    public RequestorFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the manager's or supervisor's full name.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter their e-mail address.")
            .EmailAddress().WithMessage("Enter an e-mail address such as name@agency.gov.")
            .MaximumLength(254).WithMessage("The e-mail address can be at most 254 characters.");
        RuleFor(f => f.OfficeIds).NotEmpty().WithMessage("Choose at least one office they supervise.");
    }
}
