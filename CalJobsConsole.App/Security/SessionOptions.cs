namespace CalJobsConsole.App.Security;

/// <summary>
/// <c>CalJobs:Sessions</c> (issue 21, OWASP ASVS V7, NIST SP 800-63B §4.2.3): how long a sign-in lasts. A session ends after
/// <see cref="IdleTimeout"/> without activity — a request, or a key, click, touch or scroll on an open page (reported by the
/// page, <see cref="CircuitActivity"/>), and an open page left untouched that long ends too — and <see cref="AbsoluteLifetime"/> after the sign-in whatever the activity; an open
/// page (a circuit) is checked against the database every <see cref="RevalidationInterval"/>, and ends when the user's roles,
/// seats or own account changed, their security stamp changed (sign-out anywhere, a password reset, a deactivation) or the
/// absolute lifetime ran out.
/// </summary>
public sealed class SessionOptions
{
    public const string Section = "CalJobs:Sessions";

    /// <summary>Longest allowed <see cref="RevalidationInterval"/>: a changed role must end open pages within a minute.</summary>
    public static readonly TimeSpan LongestRevalidation = TimeSpan.FromSeconds(60);

    /// <summary>
    /// No activity for this long ends the session (the cookie slides with each request and with the open page's activity reports),
    /// and an open page untouched this long ends. Default 30 minutes.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The session ends this long after the sign-in, however active. Default 12 hours (800-63B's reauthentication at AAL2).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often an open page rechecks its user against the database. Default 20 seconds; at most 60.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often an open page reports activity (if any happened): a quarter of the idle timeout, at most a minute, so a page ends
    /// at most a beat and a <see cref="RevalidationInterval"/> after the idle timeout.
    /// </summary>
    public TimeSpan ActivityBeat => IdleTimeout / 4 < LongestActivityBeat ? IdleTimeout / 4 : LongestActivityBeat;

    private static readonly TimeSpan LongestActivityBeat = TimeSpan.FromMinutes(1);

    /// <summary>The idle timeout in words, for the sign-in page ("30 minutes", "1 hour", "45 seconds").</summary>
    public string IdleTimeoutInWords => InWords(IdleTimeout);

    private static string InWords(TimeSpan span) => span switch
    {
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => Plural((int)span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => Plural((int)span.TotalMinutes, "minute"),
        _ => Plural((int)Math.Ceiling(span.TotalSeconds), "second"),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    /// <summary>The claim the sign-in cookie carries with the moment of the sign-in (UTC, round-trip format).</summary>
    public const string SignedInAtClaim = "caljobs:signed-in-at";

    /// <summary>Whether a sign-in made at <paramref name="signedInAt"/> has outlived <see cref="AbsoluteLifetime"/> at <paramref name="now"/>.</summary>
    public bool HasExpired(DateTimeOffset? signedInAt, DateTimeOffset now) => signedInAt is not { } at || now - at >= AbsoluteLifetime;

    public static DateTimeOffset? SignedInAt(System.Security.Claims.ClaimsPrincipal principal) =>
        DateTimeOffset.TryParse(principal.FindFirst(SignedInAtClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null;

    public static System.Security.Claims.Claim SignedInAtClaimFor(DateTimeOffset at) =>
        new(SignedInAtClaim, at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
