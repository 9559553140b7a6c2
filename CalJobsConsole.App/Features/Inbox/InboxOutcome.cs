using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Inbox;

/// <summary>
/// What an act came to, for the features not yet moved to <see cref="ActOutcome"/> (notices, data changes, issue reports,
/// maintenance, monitoring, VOSGreeter); the inbox itself returns <see cref="ActOutcome"/>. Delete once nothing uses it.
/// </summary>
public sealed record InboxOutcome(IReadOnlyList<BrokenRule> BrokenRules, string? Problem)
{
    public const string ChangedMessage = ActOutcome.ChangedMessage;

    public static InboxOutcome Done { get; } = new([], null);

    public static InboxOutcome Changed { get; } = new([], ChangedMessage);

    public bool Succeeded => BrokenRules.Count == 0 && Problem is null;

    public bool WasChanged => Problem == ChangedMessage;

    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    /// <summary>Runs <paramref name="action"/>, turning an expected refusal or a lost race into an outcome the page shows.</summary>
    public static async Task<InboxOutcome> Of(Func<Task> action)
    {
        try
        {
            await action();
            return Done;
        }
        catch (BusinessRuleViolationException ex)
        {
            return new InboxOutcome(ex.BrokenRules, null);
        }
        catch (InvalidInputException ex)
        {
            return new InboxOutcome([], ex.Problem);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed;
        }
    }
}
