namespace CalJobsConsole.Domain.Common;

/// <summary>
/// One rule of the directive, evaluated against the facts it was built with. A rule class carries
/// its code and citation, says whether it is broken, and — when it is — what is wrong and what
/// would satisfy it, so a screen can show the reason without knowing the rule.
/// </summary>
public interface IBusinessRule
{
    RuleCode Rule { get; }

    bool IsBroken();

    /// <summary>What is wrong, in the user's words.</summary>
    string Reason { get; }

    /// <summary>What would satisfy the rule.</summary>
    string Remedy { get; }
}
