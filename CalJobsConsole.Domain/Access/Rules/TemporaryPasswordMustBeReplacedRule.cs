using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// CRD-1 (WSD24-13, Create New CalJOBS Staff User Account): the temporary password "must be changed upon initial login",
/// so until the holder sets their own password nothing else is open to them.
/// </summary>
public sealed class TemporaryPasswordMustBeReplacedRule(bool mustChangePassword) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Crd1;

    public bool IsBroken() => mustChangePassword;

    public string Reason => "You signed in with a temporary password: set your own password before anything else.";

    public string Remedy => "Open 'Set your password' (/Account/ChangePassword) and choose a new password.";
}
