using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CalJobsConsole.Domain.DataChanges;

/// <summary>
/// DCR-1: what the console treats as "shaped like a Social Security number" and therefore never stores. Nine digits grouped
/// 3-2-4 with a separator between the groups, or 3-6, or none — "123-45-6789", "123 45 6789", "123.45.6789", "123-456789",
/// "123456789" — that are not part of a longer run of digits. Pseudo-SSNs (WSD20-11) have the same shape and are refused
/// too: they belong in CalJOBS, not here.
/// The text is normalised first, so look-alikes are caught: any Unicode decimal digit (full-width, Arabic-Indic,
/// Devanagari, mathematical) reads as its ASCII digit; any dash (Unicode Pd, minus signs), slash, dot, middle dot,
/// underscore or white space (NBSP, thin spaces, tabs, line breaks) is a separator, and a run of them ("123 - 45 - 6789")
/// is one separator; invisible characters (zero-width spaces and joiners, soft hyphens, direction marks, combining marks)
/// are dropped, so "123\u200B456789" reads as nine digits.
/// A participant record reference may be numeric: CalJOBS record IDs of any other length (e.g. "4821937", "10293847561"),
/// dates, phone numbers and ZIP+4 codes ("2025-01-15", "916-555-0142", "95603-1234", grouped 5-4) are accepted; a bare
/// nine-digit number is refused because it cannot be told from an SSN — the remedy asks for the record ID with its prefix
/// or from the CalJOBS record page.
/// </summary>
public static partial class SocialSecurityNumberShape
{
    private const char Separator = ' ';
    private const char Other = 'x';
    private const int StackLimit = 512;

    /// <summary>True when <paramref name="text"/> holds anything SSN-shaped anywhere in it.</summary>
    public static bool IsFoundIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;

        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = Normalise(text, buffer);
            return length >= 9 && Pattern().IsMatch(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The message a form shows beside the field; it never repeats the number.</summary>
    public static string MessageFor(string fieldLabel) =>
        $"{fieldLabel} holds something shaped like a Social Security number (nine digits such as 123-45-6789 or 123456789). " +
        "Never enter an SSN or pseudo-SSN: use the CalJOBS participant record ID instead (DCR-1).";

    /// <summary>
    /// Writes the text as ASCII digits, single <see cref="Separator"/>s and <see cref="Other"/> for everything else; the
    /// output is never longer than the input. One pass, no allocation.
    /// </summary>
    private static int Normalise(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done) rune = Rune.ReplacementChar;
            text = text[consumed..];

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;

            if (category == UnicodeCategory.DecimalDigitNumber) into[length++] = (char)('0' + (int)Rune.GetNumericValue(rune));
            else if (!IsSeparator(rune, category)) into[length++] = Other;
            else if (length == 0 || into[length - 1] != Separator) into[length++] = Separator;
        }
        return length;
    }

    private static bool IsSeparator(Rune rune, UnicodeCategory category) =>
        category is UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
        || Rune.IsWhiteSpace(rune)
        || rune.Value is '.' or '/' or '\\'
            or 0x00B7 // middle dot
            or 0x02D7 // modifier letter minus
            or 0x2022 or 0x2024 or 0x2027 or 0x2043 // bullet, one dot leader, hyphenation point, hyphen bullet
            or 0x2044 or 0x2212 or 0x2215 or 0x2219 or 0x22C5 // fraction slash, minus sign, division slash, bullet and dot operators
            or 0x2796 or 0x29F8 // heavy minus, big solidus
            or 0x3002 or 0x30FB or 0xFE52 // ideographic full stop, katakana middle dot, small full stop
            or 0xFF0E or 0xFF0F or 0xFF3C or 0xFF61 or 0xFF65; // full-width full stop, solidus, reverse solidus; half-width stop and middle dot

    // Over the normalised text: 3-2-4 with a separator after the third digit, 3-6, or 9 in a row; not 5-4 (a ZIP+4).
    [GeneratedRegex(@"(?<![0-9])[0-9]{3}(?: [0-9]{2} ?[0-9]{4}|[0-9]{6})(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
