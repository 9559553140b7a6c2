using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// CRD-1 (WSD24-13, Create New CalJOBS Staff User Account): "The temporary password will expire after 24 hours." Used
/// for the password change that follows the first sign-in: it too must happen before 24:00:00 after issue.
/// </summary>
public sealed class TemporaryPasswordMustNotHaveExpiredRule(TemporaryCredential? credential, DateTimeOffset now) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Crd1;

    public bool IsBroken() => credential is null || now >= credential.ExpiresAt || credential.ExpiredAt is not null;

    public string Reason => credential is null
        ? "No temporary password has been issued for this account."
        : $"The temporary password expired at {credential.ExpiresAt:yyyy-MM-dd HH:mm} UTC, 24 hours after it was issued, before a new password was set.";

    public string Remedy => "Ask your supervisor to submit a password reset request; your administrator then issues a new temporary password.";
}
