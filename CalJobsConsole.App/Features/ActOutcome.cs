using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features;

/// <summary>
/// What an act (or a guarded read) came to, the one result every feature service hands a page: done; refused by rules (each
/// with its code and remedy, all at once); refused input (a field and what is wrong with it, or several fields of a form);
/// overtaken by someone else's change; or the database busy past its retries. Pages show it with <c>OutcomeAlert</c> and never catch a domain exception.
/// </summary>
public record ActOutcome(IReadOnlyList<BrokenRule> BrokenRules, string? Problem, IReadOnlyDictionary<string, string> FieldErrors)
{
    /// <summary>What a person is told when someone else changed the record between opening and acting on it.</summary>
    public const string ChangedMessage = "This record changed since you opened it; reload it and try again.";

    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    public static ActOutcome Done { get; } = new([], null, NoFields);

    public static ActOutcome Changed { get; } = new([], ChangedMessage, NoFields);

    /// <summary>
    /// What a person is told when the database stayed busy (another writer held its lock) through the save and its retries
    /// (<see cref="Data.DatabaseBusy"/>): that save did not commit, and trying again later is safe.
    /// </summary>
    public const string BusyMessage = "The database is busy; try again in a moment.";

    public static ActOutcome Busy { get; } = new([], BusyMessage, NoFields);

    /// <summary>The database was busy: nothing of the failed save was stored; the same act may be tried again.</summary>
    public bool WasBusy => Problem == BusyMessage;

    public bool Succeeded => BrokenRules.Count == 0 && Problem is null && FieldErrors.Count == 0;

    /// <summary>Someone else's change came first (optimistic concurrency): reload and decide again.</summary>
    public bool WasChanged => Problem == ChangedMessage;

    /// <summary>The codes broken, e.g. ["DES-2", "REV-1"], for callers and tests that ask which rule broke.</summary>
    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    public static ActOutcome Refused(IReadOnlyList<BrokenRule> rules) => new(rules, null, NoFields);

    public static ActOutcome Refused(BrokenRule rule) => Refused([rule]);

    public static ActOutcome Invalid(string problem) => new([], problem, NoFields);

    /// <summary>A form's shape refused: each field with what is wrong with it (every one at once).</summary>
    public static ActOutcome Invalid(IReadOnlyDictionary<string, string> fieldErrors) => new([], null, fieldErrors);

    /// <summary>Runs <paramref name="act"/>, turning an expected refusal or a lost race into an outcome the page shows.</summary>
    public static async Task<ActOutcome> Of(Func<Task> act) =>
        await ActOutcome<bool>.Of(async () =>
        {
            await act();
            return true;
        });

    /// <summary>As <see cref="Of(Func{Task})"/>, keeping what the act produced (the document kept, the view read).</summary>
    public static Task<ActOutcome<T>> Of<T>(Func<Task<T>> act) => ActOutcome<T>.Of(act);

    /// <summary>The outcome a rule violation, a refused input, a lost race or a busy database comes to; null for any other exception.</summary>
    internal static ActOutcome? From(Exception exception) => exception switch
    {
        BusinessRuleViolationException violation => Refused(violation.BrokenRules),
        InvalidInputException invalid => Invalid($"{invalid.Problem}") with { ProblemField = invalid.Field },
        DbUpdateConcurrencyException => Changed,
        _ when Data.DatabaseBusy.IsBusy(exception) => Busy,
        _ => null,
    };

    /// <summary>The domain's name of the field a refused input concerns (e.g. "SeparationDate"), when the refusal came from one.</summary>
    public string? ProblemField { get; init; }
}

/// <summary>An <see cref="ActOutcome"/> that carries what a successful act produced.</summary>
public sealed record ActOutcome<T>(T? Value, IReadOnlyList<BrokenRule> BrokenRules, string? Problem, IReadOnlyDictionary<string, string> FieldErrors)
    : ActOutcome(BrokenRules, Problem, FieldErrors)
{
    public static ActOutcome<T> Success(T value) => new(value, [], null, new Dictionary<string, string>());

    /// <summary>The same refusal, carrying no value.</summary>
    public static ActOutcome<T> From(ActOutcome refusal) =>
        new(default, refusal.BrokenRules, refusal.Problem, refusal.FieldErrors) { ProblemField = refusal.ProblemField };

    public static async Task<ActOutcome<T>> Of(Func<Task<T>> act)
    {
        try
        {
            return Success(await act());
        }
        catch (Exception exception) when (ActOutcome.From(exception) is { } refusal)
        {
            return From(refusal);
        }
    }
}
