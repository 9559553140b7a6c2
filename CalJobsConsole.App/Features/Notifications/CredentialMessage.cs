using System.Globalization;
using CalJobsConsole.Domain.Accounts;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// CRD-1's message: username and temporary password to the staff member, a copy to the requestor, the 24-hour expiry,
/// the forced password change at first sign-in, and the reminder to keep both confidential and never use the account on
/// a personal device. The password travels as <see cref="OutgoingNotification.Secret"/>; the body holds only its placeholder.
/// </summary>
public static class CredentialMessage
{
    public const string NewAccountKind = "credentials.new-account";
    public const string PasswordResetKind = "credentials.password-reset";

    public const string ConfidentialityReminder =
        "Keep your username and password confidential: never share them, not even with your supervisor or an administrator. " +
        "Never use this account on a personal device.";

    public const string ChangePasswordReminder = "Sign in and set your own password at once: the first sign-in asks you for a new one. " +
        "Once it has expired, ask your supervisor to request a password reset.";

    /// <summary>The notification for a new account (or, with <paramref name="isReset"/>, a password reset) ready for <see cref="INotificationSender.SendAsync"/>.</summary>
    /// <param name="issuedAt">When the temporary password was issued (<see cref="TemporaryCredential.IssuedAt"/>); it expires 24 hours later.</param>
    /// <param name="businessZone">The business time zone the expiry is written in (<c>BusinessClock.Zone</c>).</param>
    public static OutgoingNotification For(string username, NotificationRecipient staff, NotificationRecipient requestor, string temporaryPassword,
        DateTimeOffset issuedAt, TimeZoneInfo businessZone, Guid accountId, Guid? requestId = null, bool isReset = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        var expires = TimeZoneInfo.ConvertTime(issuedAt + TemporaryCredential.Lifetime, businessZone);
        var zoneName = businessZone.IsDaylightSavingTime(expires) ? businessZone.DaylightName : businessZone.StandardName;
        var subject = isReset ? "Your CalJOBS password was reset" : "Your new CalJOBS staff account";
        var opening = isReset
            ? "The password of your CalJOBS staff account was reset at your supervisor's request."
            : "Your CalJOBS staff account was created at your supervisor's request.";
        var body = string.Join('\n',
            $"Hello {staff.Name},",
            "",
            opening,
            "",
            $"Username: {username}",
            $"Temporary password: {OutgoingNotification.SecretPlaceholder}",
            "",
            $"The temporary password expires 24 hours after issue, at {expires.ToString("dddd, MMMM d, yyyy h:mm tt", CultureInfo.InvariantCulture)} ({zoneName}).",
            ChangePasswordReminder,
            "",
            ConfidentialityReminder,
            "",
            $"A copy of this message went to {requestor.Name}, who made the request. (CRD-1, WSD24-13)");
        return new OutgoingNotification(isReset ? PasswordResetKind : NewAccountKind, subject, body, [staff], [requestor], accountId, requestId, temporaryPassword);
    }
}
