using System.Globalization;
using System.Text;
using Bogus;

namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>A named person of the file: administrators and supervisors (e-mail unique among them), or staff.</summary>
public sealed record Person(string FirstName, string LastName, string Email, string Phone)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>
/// Names drawn from one seeded <see cref="Randomizer"/>: English and Spanish name lists (California's two largest), with
/// unique e-mails for the named people (administrators, supervisors) and e-mails made unique by construction for staff.
/// </summary>
internal sealed class People
{
    private const float SpanishNameShare = 0.4f;
    private readonly Faker _english;
    private readonly Faker _spanish;
    private readonly HashSet<string> _namedEmails;

    public People(int seed, HashSet<string>? namedEmails = null)
    {
        Random = new Randomizer(seed);
        _english = new Faker("en") { Random = Random };
        _spanish = new Faker("es") { Random = Random };
        _namedEmails = namedEmails ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }

    public Randomizer Random { get; }

    /// <summary>The set of named people's e-mails, to share with another <see cref="People"/> drawing into the same file.</summary>
    public HashSet<string> NamedEmails => _namedEmails;

    /// <summary>A named person with an e-mail <c>first.last@domain</c> no one else in the file has (a digit is added on a clash).</summary>
    public Person Next(string emailDomain, string areaCode)
    {
        var (first, last) = Name();
        var local = $"{Slug(first, "staff")}.{Slug(last, "member")}";
        var email = $"{local}@{emailDomain}";
        for (var n = 2; !_namedEmails.Add(email); n++)
            email = $"{local}{n}@{emailDomain}";
        return new Person(first, last, email, Phone(areaCode));
    }

    /// <summary>
    /// A staff member whose username and e-mail carry <paramref name="number"/> (unique per account in the file): unique
    /// without remembering the ones written before, so a million rows need no set of names.
    /// </summary>
    public (Person Person, string Username) NextStaff(string emailDomain, string areaCode, string number)
    {
        var (first, last) = Name();
        var firstSlug = Slug(first, "staff");
        var lastSlug = Slug(last, "member");
        var username = $"{firstSlug[0]}{Truncate(lastSlug, 20)}{number}";
        return (new Person(first, last, $"{firstSlug}.{lastSlug}{number}@{emailDomain}", Phone(areaCode)), username);
    }

    private (string First, string Last) Name()
    {
        var faker = Random.Bool(SpanishNameShare) ? _spanish : _english;
        return (faker.Name.FirstName(), faker.Name.LastName());
    }

    private string Phone(string areaCode) =>
        string.Create(CultureInfo.InvariantCulture, $"({areaCode}) {Random.Number(200, 999)}-{Random.Number(0, 9999):D4}");

    /// <summary>Lower-case ASCII letters only: "José" → "jose", "O'Connor" → "oconnor", "de la Cruz" → "delacruz".</summary>
    internal static string Slug(string text, string fallback)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (char.IsAsciiLetter(c))
                builder.Append(char.ToLowerInvariant(c));
        return builder.Length > 0 ? builder.ToString() : fallback;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
