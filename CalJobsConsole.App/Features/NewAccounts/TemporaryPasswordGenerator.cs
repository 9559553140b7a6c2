using System.Security.Cryptography;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>
/// CRD-1: a cryptographically random temporary password (<see cref="RandomNumberGenerator"/>), 16 characters with
/// upper and lower case, a digit and a symbol — so it meets the console's Identity password options — and without
/// look-alike characters (0/O, 1/l/I) that a staff member would misread from a message.
/// </summary>
public sealed class TemporaryPasswordGenerator
{
    public const int Length = 16;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-=?@";
    private const string All = Upper + Lower + Digits + Symbols;

    public string Next()
    {
        Span<char> password = stackalloc char[Length];
        // One of each class, then the rest from all of them; a shuffle hides where the required ones sit.
        password[0] = Pick(Upper);
        password[1] = Pick(Lower);
        password[2] = Pick(Digits);
        password[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
            password[i] = Pick(All);
        RandomNumberGenerator.Shuffle(password);
        return new string(password);
    }

    private static char Pick(string characters) => characters[RandomNumberGenerator.GetInt32(characters.Length)];
}
