using System.Diagnostics.CodeAnalysis;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges.Rules;

namespace CalJobsConsole.Domain.DataChanges;

/// <summary>
/// DCR-1 on a free-text field that can carry participant data (a note, a reason, an issue report, a message): the text is
/// taken as <see cref="Guard.Required(string?, string, int)"/> takes it, then refused with
/// <see cref="TextMustNotHoldSocialSecurityNumberRule"/> when it holds anything SSN-shaped.
/// </summary>
public static class ParticipantText
{
    /// <summary>Required, at most <paramref name="maxLength"/> characters, and nothing SSN-shaped; <paramref name="label"/> names the field in the refusal.</summary>
    public static string Required(string? text, string field, int maxLength, string? label = null) =>
        Checked(Guard.Required(text, field, maxLength), label ?? field);

    /// <summary>The text as given (null stays null), once it is known to hold nothing SSN-shaped.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Checked(string? text, string label)
    {
        BusinessRules.Check(new TextMustNotHoldSocialSecurityNumberRule(label, text));
        return text;
    }
}
