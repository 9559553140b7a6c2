namespace CalJobsConsole.Domain.Common;

/// <summary>Evaluating rules: every broken one at once (eligibility), or throw (invariants).</summary>
public static class BusinessRules
{
    /// <summary>Every broken rule among <paramref name="rules"/>, in order, so a screen lists all reasons.</summary>
    public static IReadOnlyList<BrokenRule> Evaluate(params IEnumerable<IBusinessRule> rules) =>
        rules.Where(r => r.IsBroken()).Select(BrokenRule.From).ToList();

    public static void Check(params IEnumerable<IBusinessRule> rules) => ThrowIfAny(Evaluate(rules));

    public static void ThrowIfAny(IReadOnlyList<BrokenRule> broken)
    {
        if (broken.Count > 0)
            throw new BusinessRuleViolationException(broken);
    }
}
