using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>What a designation action came to: done, refused by rules (each with its code), refused input, or overtaken by another change.</summary>
public sealed record DesignationOutcome(IReadOnlyList<BrokenRule> BrokenRules, string? Problem)
{
    public static DesignationOutcome Done { get; } = new([], null);

    public bool Succeeded => BrokenRules.Count == 0 && Problem is null;

    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    /// <summary>Someone else's change to the form or the seat came first (optimistic concurrency): reload and decide again.</summary>
    public bool WasChanged => Problem == ActOutcome.ChangedMessage;

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
        catch (DbUpdateConcurrencyException)
        {
            return new DesignationOutcome([], ActOutcome.ChangedMessage);
        }
    }
}
