using CalJobsConsole.Domain.Signatures;
using FluentValidation;

namespace CalJobsConsole.App.Components.Shared;

/// <summary>A signature as typed: the signer's full name. Whether it is theirs is the domain's check (the name on record).</summary>
public sealed class SignatureModel
{
    public string? Name { get; set; }
}

public sealed class SignatureModelValidator : AbstractValidator<SignatureModel>
{
    public SignatureModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Type your full name to sign.").MaximumLength(Signature.MaxNameLength);
    }
}
