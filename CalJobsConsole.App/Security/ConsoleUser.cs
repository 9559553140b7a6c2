using Microsoft.AspNetCore.Identity;

namespace CalJobsConsole.App.Security;

/// <summary>
/// A person who signs in to the console. Its id is the person id the domain uses (designations, requests,
/// accounts). Passwords and their hashes live here, in Identity, never in the domain (CRD-1).
/// </summary>
public sealed class ConsoleUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>When the person last signed in (sign-in page or invitation), for the Operations Unit's /people; null: never.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The lockout end the Operations Unit sets when it locks a person on /people: until unlocked, not a timed lockout.</summary>
    public static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Locked by the Operations Unit (not a lockout after failed sign-ins, which a password reset lifts).</summary>
    public bool IsLockedByOperationsUnit => LockoutEnd >= LockedUntilUnlocked;
}
