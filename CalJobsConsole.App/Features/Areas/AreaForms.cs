using CalJobsConsole.Domain.Areas;
using FluentValidation;

namespace CalJobsConsole.App.Features.Areas;

/// <summary>The add/edit area form: the kind is chosen only when the area is created.</summary>
public sealed class AreaForm
{
    public string Name { get; set; } = "";

    public AreaKind Kind { get; set; } = AreaKind.LocalArea;

    /// <summary>The console user who signs the area's designation forms: Local Area Director or Division Chief.</summary>
    public Guid? DirectorId { get; set; }

    /// <summary>The Director is a person not yet in the console, named here and invited (issue 18), instead of <see cref="DirectorId"/>.</summary>
    public bool InviteDirector { get; set; }

    public string DirectorName { get; set; } = "";

    public string DirectorEmail { get; set; } = "";
}

public sealed class AreaFormValidator : AbstractValidator<AreaForm>
{
    public AreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the area's name.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Choose Local Area or field division.");
        RuleFor(f => f.DirectorId).NotEmpty().When(f => !f.InviteDirector).WithMessage("Choose the Director or Division Chief.");
        RuleFor(f => f.DirectorName).NotEmpty().When(f => f.InviteDirector).WithMessage("Enter the full name of the person to invite.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(f => f.DirectorEmail).NotEmpty().When(f => f.InviteDirector).WithMessage("Enter the e-mail address the invitation goes to.")
            .EmailAddress().When(f => f.InviteDirector).WithMessage("Enter an e-mail address such as name@agency.gov.")
            .MaximumLength(254).WithMessage("The e-mail address can be at most 254 characters.");
    }
}

/// <summary>The add/edit office form.</summary>
public sealed class OfficeForm
{
    public string Name { get; set; } = "";

    public Guid? LocalAreaId { get; set; }

    public Guid? ServingDivisionId { get; set; }

    public bool HasTitleIPartner { get; set; }
}

public sealed class OfficeFormValidator : AbstractValidator<OfficeForm>
{
    public OfficeFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the office's name.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(f => f.LocalAreaId).NotEmpty().WithMessage("Choose the Local Area the office is in.");
        RuleFor(f => f.ServingDivisionId).NotEmpty().WithMessage("Choose the field division that serves the office.");
    }
}

/// <summary>What one SPOC covers: the whole division, or the chosen offices of it.</summary>
public sealed class CoverageForm
{
    public bool WholeDivision { get; set; } = true;

    public IReadOnlyCollection<Guid> OfficeIds { get; set; } = [];
}

public sealed class CoverageFormValidator : AbstractValidator<CoverageForm>
{
    public CoverageFormValidator()
    {
        RuleFor(f => f.OfficeIds).NotEmpty().When(f => !f.WholeDivision)
            .WithMessage("Choose at least one office, or cover the whole division.");
    }
}
