using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): everything the console shows or changes belongs to someone's area,
/// so it answers only a person it knows — signed in with a console account that still exists.
/// </summary>
public sealed class UserMustBeSignedInRule(bool signedIn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !signedIn;

    public string Reason => "You are not signed in.";

    public string Remedy => "Sign in with your console account.";
}
