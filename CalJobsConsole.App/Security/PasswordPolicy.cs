using Microsoft.AspNetCore.Identity;

namespace CalJobsConsole.App.Security;

/// <summary>
/// Password rules after NIST SP 800-63B §5.1.1.2 (issue 21): length over composition — at least <see cref="MinimumLength"/>
/// characters, at most <see cref="MaximumLength"/>, any characters (spaces and every Unicode letter included), no demand for
/// digits, capitals or symbols — and refused when it is a password attackers try first: on the shipped blocklist
/// (<see cref="PasswordBlocklist"/>), a blocklisted word dressed up with digits and symbols ("Password2026!"), the user's own
/// username or e-mail, the service's name, or too few different characters ("aaaaaaaaaaaa", "121212121212").
/// </summary>
public sealed class PasswordPolicy(PasswordBlocklist blocklist) : IPasswordValidator<ConsoleUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>Fewest different characters a password may have.</summary>
    public const int MinimumDistinctCharacters = 5;

    public const string Advice = "Use a passphrase of at least 12 characters that is yours alone (for example four unrelated words); "
        + "capitals, digits and symbols are welcome but not required.";

    public Task<IdentityResult> ValidateAsync(UserManager<ConsoleUser> manager, ConsoleUser user, string? password)
    {
        var errors = Problems(password ?? "", user.UserName, user.Email).Select(p => new IdentityError { Code = p.Code, Description = p.Description }).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>Every rule <paramref name="password"/> breaks, each with what would satisfy it (empty when none).</summary>
    public IReadOnlyList<(string Code, string Description)> Problems(string password, string? username, string? email)
    {
        var problems = new List<(string, string)>();
        if (password.Length > MaximumLength)
            problems.Add(("PasswordTooLong", $"Use at most {MaximumLength} characters."));
        var lower = password.ToLowerInvariant();
        if (blocklist.IsBlocked(password))
            problems.Add(("PasswordTooCommon",
                "This password, or the word it is made of, is on the list of common and breached passwords attackers try first (NIST SP 800-63B). " + Advice));
        if (ContextWords(username, email).FirstOrDefault(word => lower.Contains(word)) is { } context)
            problems.Add(("PasswordHasContextWord", $"The password may not contain \"{context}\" (your username, e-mail or the service's name). " + Advice));
        if (password.Length >= MinimumLength && password.Distinct().Count() < MinimumDistinctCharacters)
            problems.Add(("PasswordTooRepetitive", $"Use at least {MinimumDistinctCharacters} different characters. " + Advice));
        return problems;
    }

    private static IEnumerable<string> ContextWords(string? username, string? email)
    {
        yield return "caljobs";
        if (!string.IsNullOrWhiteSpace(username) && username.Trim().Length >= 4)
            yield return username.Trim().ToLowerInvariant();
        if (email?.Split('@')[0].Trim() is { Length: >= 4 } local)
            yield return local.ToLowerInvariant();
    }
}

/// <summary>
/// The blocklist shipped with the console (<c>Security/password-blocklist.txt</c>, one entry a line, <c>#</c> for comments): common
/// and breached passwords, and the words they are built on. A password is blocked when, in lower case, it is an entry, or when its
/// letters alone are (so "Summer2026!" falls with "summer").
/// </summary>
public sealed class PasswordBlocklist
{
    public const string FileName = "password-blocklist.txt";

    private readonly HashSet<string> _entries;

    /// <summary>The file shipped beside the App.</summary>
    public PasswordBlocklist() : this(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Security", FileName)).ToList())
    {
    }

    /// <summary>A list of its own (tests). A list, not any enumerable: dependency injection would fill an enumerable with nothing.</summary>
    public PasswordBlocklist(List<string> lines) =>
        _entries = lines.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    public int Count => _entries.Count;

    private static readonly char[] TrimmedEnds = "0123456789!?.,;:-_=+*#%&^~()[]{}<>/\\|'\" ".ToCharArray();

    public bool IsBlocked(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var letters = new string(lower.Where(char.IsLetter).ToArray());
        return _entries.Contains(lower) || (letters.Length > 0 && _entries.Contains(letters)) || _entries.Contains(Unleet(lower));
    }

    /// <summary>"P@ssw0rd2026!" read as "password": digits and symbols trimmed from both ends, the usual substitutions undone, then letters only.</summary>
    private static string Unleet(string lower) =>
        new(lower.Trim(TrimmedEnds).Select(c => c switch { '@' or '4' => 'a', '3' => 'e', '1' or '!' => 'i', '0' => 'o', '$' or '5' => 's', '7' => 't', _ => c })
            .Where(char.IsLetter).ToArray());
}
