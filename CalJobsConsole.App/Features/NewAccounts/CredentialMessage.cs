using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>
/// CRD-1's message: username and temporary password (as <see cref="OutgoingNotification.SecretPlaceholder"/>, filled in
/// only in the delivered copy), when it expires, and the reminder to keep both confidential and never to use the
/// account on a personal device.
/// </summary>
public static class CredentialMessage
{
    public const string Kind = "Credentials";

    public static (string Subject, string Body) For(string username, string staffName, DateTimeOffset expiresAt, BusinessClock clock)
    {
        var expires = TimeZoneInfo.ConvertTime(expiresAt, clock.Zone);
        return ($"Your CalJOBS staff account {username}",
            $"""
            {staffName},

            A CalJOBS staff account was created for you.

            Username: {username}
            Temporary password: {OutgoingNotification.SecretPlaceholder}

            The temporary password expires 24 hours after issue, at {expires:yyyy-MM-dd HH:mm} Pacific time. Sign in before
            then: you will be asked to set your own password at once. After it expires, ask your supervisor to request a
            password reset.

            Keep your username and password confidential: never share them, not even with your supervisor or an administrator.
            Never use the account on a personal device. (WSD24-13, CRD-1)
            """);
    }
}
