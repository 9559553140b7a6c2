using System.Text.RegularExpressions;

namespace CalJobsConsole.Domain.Common;

/// <summary>The shape of a CalJOBS username, staff account or administrator alike: 3 to 64 letters, digits, '.', '_' or '-'.</summary>
public static partial class CalJobsUsername
{
    public const int MaxLength = 64;

    public const string Rule = "use 3 to 64 letters, digits, '.', '_' or '-'.";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value.Trim());

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex Pattern();
}
