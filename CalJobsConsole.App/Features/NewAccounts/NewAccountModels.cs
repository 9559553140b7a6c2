using CalJobsConsole.App.Components.Shared;
using FluentValidation;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>The create-account form: the username, the group (offered only from what this administrator may grant) and extra privileges.</summary>
public sealed class CreateAccountModel
{
    public string? Username { get; set; }

    public Guid? GroupId { get; set; }

    public IReadOnlyCollection<string> ExtraPrivilegeCodes { get; set; } = [];
}

/// <summary>Shape only; whether the account may be created is the domain's call.</summary>
public sealed class CreateAccountModelValidator : AbstractValidator<CreateAccountModel>
{
    public CreateAccountModelValidator()
    {
        RuleFor(m => m.Username).Cascade(CascadeMode.Stop)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Enter the CalJOBS username.")
            .Matches("^[A-Za-z0-9._-]{3,64}$").WithMessage("Use 3 to 64 letters, digits, '.', '_' or '-'.");
        RuleFor(m => m.GroupId).NotNull().WithMessage("Choose the privilege group.");
    }
}

/// <summary>The administrator's escalation to the Operations Unit (GRP-3): extra privileges beyond the requested group, and why.</summary>
public sealed class EscalationModel
{
    public IReadOnlyCollection<string> PrivilegeCodes { get; set; } = [];

    public string? Reason { get; set; }
}

public sealed class EscalationModelValidator : AbstractValidator<EscalationModel>
{
    public EscalationModelValidator()
    {
        RuleFor(m => m.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Say why the Operations Unit should grant it.")
            .MaximumLength(2000).NoSsn("The reason");
    }
}
