using System.Text.RegularExpressions;

namespace CalJobsConsole.Domain.DataChanges;

/// <summary>
/// DCR-1: what the console treats as "shaped like a Social Security number" and therefore never stores. A run of exactly
/// nine ASCII digits, grouped 3-2-4 with an optional separator (hyphen, dot or white space) between the groups —
/// "123-45-6789", "123 45 6789", "123.45.6789", "123456789" — that is not part of a longer run of digits. Pseudo-SSNs
/// (WSD20-11) have the same shape and are refused too: they belong in CalJOBS, not here.
/// A participant record reference may be numeric: CalJOBS record IDs of any other length (e.g. "4821937", "10293847561")
/// and dates or phone numbers ("2025-01-15", "916-555-0142") are accepted; a bare nine-digit number is refused because it
/// cannot be told from an SSN — the remedy asks for the record ID with its prefix or from the CalJOBS record page.
/// </summary>
public static partial class SocialSecurityNumberShape
{
    /// <summary>True when <paramref name="text"/> holds anything SSN-shaped anywhere in it.</summary>
    public static bool IsFoundIn(string? text) => !string.IsNullOrEmpty(text) && Pattern().IsMatch(text);

    /// <summary>The message a form shows beside the field; it never repeats the number.</summary>
    public static string MessageFor(string fieldLabel) =>
        $"{fieldLabel} holds something shaped like a Social Security number (nine digits such as 123-45-6789 or 123456789). " +
        "Never enter an SSN or pseudo-SSN: use the CalJOBS participant record ID instead (DCR-1).";

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}[-.\s]?[0-9]{2}[-.\s]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
