using FluentValidation;

namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>The privilege-update form: the group (offered only from what this administrator may grant) and the extra privileges.</summary>
public sealed class PrivilegeUpdateModel
{
    public Guid? GroupId { get; set; }

    public IReadOnlyCollection<string> ExtraPrivilegeCodes { get; set; } = [];
}

/// <summary>Shape only; whether the administrator may grant it is the domain's call.</summary>
public sealed class PrivilegeUpdateModelValidator : AbstractValidator<PrivilegeUpdateModel>
{
    public PrivilegeUpdateModelValidator() => RuleFor(m => m.GroupId).NotNull().WithMessage("Choose the privilege group.");
}
