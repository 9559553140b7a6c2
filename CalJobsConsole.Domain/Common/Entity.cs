namespace CalJobsConsole.Domain.Common;

/// <summary>Base of the domain's entities: an identity, and the two ways of checking rules.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Invariant mode: throws when the rule is broken.</summary>
    protected static void CheckRule(IBusinessRule rule) => BusinessRules.Check(rule);

    /// <summary>Invariant mode over several rules: throws with every broken one.</summary>
    protected static void CheckRules(params IEnumerable<IBusinessRule> rules) => BusinessRules.Check(rules);
}
