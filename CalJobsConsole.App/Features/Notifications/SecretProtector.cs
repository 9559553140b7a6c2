using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Encrypts a message's secret at rest with ASP.NET Core Data Protection under a purpose of its own, so nothing else the
/// console protects (cookies, antiforgery tokens) can be turned into a secret, or the other way round. The key ring
/// lives in the database, so another app server or a restart still reads what was kept.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "CalJobsConsole.Notifications.Secret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret, or null when it cannot be read back (its key was lost or revoked, or the text was altered).</summary>
    public string? TryUnprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
