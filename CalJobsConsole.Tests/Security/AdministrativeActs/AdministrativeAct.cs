using CalJobsConsole.App.Features;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// One row of the table of administrative acts: the service method (<c>"EvidenceService.UploadAsync"</c>), how to set up the
/// record it acts on, and how to attempt it as a given user, answering the codes of the refusal (empty when it was done).
/// </summary>
/// <param name="Arrange">Saves what the act needs in the Local Area (or the Operations Unit's view of it) and returns it.</param>
/// <param name="Attempt">Attempts the act as the user, on what <paramref name="Arrange"/> returned.</param>
/// <param name="OperationsUnitOnly">A statewide act of the Operations Unit: every administrator is refused with SCO-1.</param>
public sealed record AdministrativeAct(string Name, Func<ActWorld, Task<object>> Arrange, Func<ActWorld, Guid, object, Task<IReadOnlyList<string>>> Attempt,
    bool OperationsUnitOnly = false)
{
    public override string ToString() => Name;

    /// <summary>The codes an act refused with, whether it returned an <see cref="ActOutcome"/> or threw; empty when it was done.</summary>
    public static async Task<IReadOnlyList<string>> CodesOf(Func<Task<ActOutcome>> attempt)
    {
        try
        {
            var outcome = await attempt();
            return outcome.Succeeded ? [] : outcome.Codes.Count > 0 ? outcome.Codes : [$"(problem: {outcome.Problem})"];
        }
        catch (BusinessRuleViolationException ex)
        {
            return ex.Codes;
        }
    }

    /// <summary>As <see cref="CodesOf(Func{Task{ActOutcome}})"/>, for an act whose outcome carries what it made.</summary>
    public static Task<IReadOnlyList<string>> CodesOf<T>(Func<Task<ActOutcome<T>>> attempt) => CodesOf(async () => (ActOutcome)await attempt());

    /// <summary>As <see cref="CodesOf(Func{Task{ActOutcome}})"/>, for an act that returns nothing or throws.</summary>
    public static Task<IReadOnlyList<string>> CodesOf(Func<Task> attempt) => CodesOf(async () =>
    {
        await attempt();
        return ActOutcome.Done;
    });
}
