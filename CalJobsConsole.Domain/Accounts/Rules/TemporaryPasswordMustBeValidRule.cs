using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// CRD-1 (WSD24-13, Create New CalJOBS Staff User Account): "The temporary password will expire after 24
/// hours. The first time the staff logs into CalJOBS with their username and temporary password, they
/// will be immediately prompted to establish a new password."
/// </summary>
public sealed class TemporaryPasswordMustBeValidRule(TemporaryCredential? credential, DateTimeOffset now) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Crd1;

    public bool IsBroken() => credential is null || !credential.IsValidAt(now);

    public string Reason => credential switch
    {
        null => "No temporary password has been issued for this account.",
        { IsUsed: true } => "The temporary password has already been used; a new password was set at the first sign-in.",
        _ => $"The temporary password expired at {credential.ExpiresAt:yyyy-MM-dd HH:mm} UTC, 24 hours after it was issued.",
    };

    public string Remedy => "Ask your supervisor to submit a password reset request; your administrator then issues a new temporary password.";
}
