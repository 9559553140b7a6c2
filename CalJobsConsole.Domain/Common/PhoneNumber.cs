using System.Text.RegularExpressions;

namespace CalJobsConsole.Domain.Common;

/// <summary>
/// The shape of a work phone number as the directive's forms ask for it: 10 to 15 digits (the area code included), written
/// with spaces, dashes, dots, brackets or a leading '+', and an optional extension ("x123", "ext. 123"). Shape only: the
/// console never dials it.
/// </summary>
public static partial class PhoneNumber
{
    public const int MaxLength = 40;

    public const string Example = "916-555-0142 x12";

    public static bool IsPlausible(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxLength)
            return false;
        var match = Shape().Match(value.Trim());
        if (!match.Success)
            return false;
        var digits = match.Groups["number"].Value.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15;
    }

    [GeneratedRegex(@"^(?<number>\+?[0-9(][0-9 ().\-]*[0-9])(\s*(x|ext\.?)\s*[0-9]{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
