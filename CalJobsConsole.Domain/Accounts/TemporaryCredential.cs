namespace CalJobsConsole.Domain.Accounts;

/// <summary>
/// The state of a temporary password (CRD-1) — never the password or its hash, which live in Identity:
/// issued, expiring 24 hours later, used once at the first sign-in, or expired.
/// </summary>
public sealed record TemporaryCredential(DateTimeOffset IssuedAt, DateTimeOffset? UsedAt = null, DateTimeOffset? ExpiredAt = null)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public DateTimeOffset ExpiresAt => IssuedAt + Lifetime;

    /// <summary>Valid up to, not including, 24:00:00 after issue; once used, or once marked expired, never again.</summary>
    public bool IsValidAt(DateTimeOffset now) => UsedAt is null && ExpiredAt is null && now < ExpiresAt;

    public bool IsUsed => UsedAt is not null;

    /// <summary>Issued, unused, and at or past its 24 hours: the hourly job marks it expired and removes its secret.</summary>
    public bool IsDueToExpire(DateTimeOffset now) => UsedAt is null && ExpiredAt is null && now >= ExpiresAt;
}
