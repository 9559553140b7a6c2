using System.Text;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>Plain-text search and URL helpers shared by the lists of accounts and requests.</summary>
public static class ListText
{
    public const int PageSize = 25;

    /// <summary>
    /// A LIKE pattern that matches <paramref name="search"/> literally anywhere, lower-cased: <c>%</c>, <c>_</c> and the
    /// escape character itself are escaped with <c>\</c>. The pattern is always sent as a parameter, never spliced into SQL.
    /// </summary>
    public static string? ContainsPattern(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
            return null;
        var escaped = search.Trim().ToLowerInvariant().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        return "%" + escaped + "%";
    }

    /// <summary>A 1-based page number; anything else (missing, zero, negative, not a number) is page 1.</summary>
    public static int PageNumber(string? page) => int.TryParse(page, out var number) && number > 0 ? number : 1;

    public static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value among <paramref name="allowed"/> equal to <paramref name="value"/> ignoring case, or null.</summary>
    public static string? OneOf(string? value, IEnumerable<string> allowed) =>
        value is null ? null : allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>"?a=1&amp;b=x" of the non-empty pairs, escaped; "" when none.</summary>
    public static string QueryString(params (string Name, string? Value)[] pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs.Where(p => !string.IsNullOrEmpty(p.Value)))
            text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        return text.ToString();
    }
}
