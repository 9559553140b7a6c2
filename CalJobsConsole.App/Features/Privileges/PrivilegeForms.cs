using FluentValidation;

namespace CalJobsConsole.App.Features.Privileges;

/// <summary>A further privilege group the Operations Unit adds (GRP-3): only the Operations Unit grants it.</summary>
public sealed class NewGroupForm
{
    public string Name { get; set; } = "";

    public string? Purpose { get; set; }
}

/// <summary>A privilege the catalogue does not hold yet; a restricted one goes to the Operations Unit when granted (GRP-3).</summary>
public sealed class NewPrivilegeForm
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsRestricted { get; set; }
}

public sealed class NewGroupFormValidator : AbstractValidator<NewGroupForm>
{
    public NewGroupFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the group's name.")
            .MaximumLength(200).WithMessage("The group's name is at most 200 characters.");
        RuleFor(f => f.Purpose).MaximumLength(1000).WithMessage("The purpose is at most 1000 characters.");
    }
}

public sealed class NewPrivilegeFormValidator : AbstractValidator<NewPrivilegeForm>
{
    public NewPrivilegeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the privilege's code, e.g. SSN_UNMASK.")
            .MaximumLength(60).WithMessage("The code is at most 60 characters.")
            .Matches("^[A-Za-z0-9_]*$").WithMessage("The code uses letters, digits and '_' only, e.g. SSN_UNMASK.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the privilege's name.")
            .MaximumLength(200).WithMessage("The privilege's name is at most 200 characters.");
    }
}
