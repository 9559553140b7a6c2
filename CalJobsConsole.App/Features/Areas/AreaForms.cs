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
}

public sealed class AreaFormValidator : AbstractValidator<AreaForm>
{
    public AreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the area's name.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Choose Local Area or field division.");
        RuleFor(f => f.DirectorId).NotEmpty().WithMessage("Choose the Director or Division Chief.");
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
