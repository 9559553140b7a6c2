using CalJobsConsole.Domain.DataChanges;
using FluentValidation;

namespace CalJobsConsole.App.Components.Shared;

/// <summary>
/// DCR-1 on a form: a free-text field that can carry participant data refuses anything SSN-shaped, beside the field, before
/// the domain's <c>TextMustNotHoldSocialSecurityNumberRule</c> would.
/// </summary>
internal static class SensitiveTextValidation
{
    public static IRuleBuilderOptions<T, string?> NoSsn<T>(this IRuleBuilder<T, string?> rule, string fieldLabel) =>
        rule.Must(v => !SocialSecurityNumberShape.IsFoundIn(v)).WithMessage(SocialSecurityNumberShape.MessageFor(fieldLabel));
}
