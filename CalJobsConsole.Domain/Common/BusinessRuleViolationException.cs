namespace CalJobsConsole.Domain.Common;

/// <summary>
/// Thrown when an invariant of the directive would be broken (a seat beyond the cap, a state
/// transition the rules forbid). Carries every broken rule, each with its code and citation.
/// </summary>
public sealed class BusinessRuleViolationException : DomainException
{
    public BusinessRuleViolationException(IReadOnlyList<BrokenRule> brokenRules)
        : base(string.Join(Environment.NewLine, brokenRules.Select(r => r.Message)))
    {
        if (brokenRules.Count == 0)
            throw new ArgumentException("A rule violation needs at least one broken rule.", nameof(brokenRules));
        BrokenRules = brokenRules;
    }

    public BusinessRuleViolationException(BrokenRule brokenRule) : this([brokenRule])
    {
    }

    public IReadOnlyList<BrokenRule> BrokenRules { get; }

    /// <summary>The codes broken, e.g. ["CAP-1"], for callers and tests that ask which rule broke.</summary>
    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();
}
