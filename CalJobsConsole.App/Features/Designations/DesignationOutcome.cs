using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>What a designation action came to: done, refused by rules (each with its code), or refused input.</summary>
public sealed record DesignationOutcome(IReadOnlyList<BrokenRule> BrokenRules, string? Problem)
{
    public static DesignationOutcome Done { get; } = new([], null);

    public bool Succeeded => BrokenRules.Count == 0 && Problem is null;

    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    /// <summary>Runs <paramref name="action"/>, turning an expected refusal into an outcome the page shows.</summary>
    public static async Task<DesignationOutcome> Of(Func<Task> action)
    {
        try
        {
            await action();
            return Done;
        }
        catch (BusinessRuleViolationException ex)
        {
            return new DesignationOutcome(ex.BrokenRules, null);
        }
        catch (InvalidInputException ex)
        {
            return new DesignationOutcome([], ex.Message);
        }
    }
}
