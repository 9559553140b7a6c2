namespace CalJobsConsole.App.Features.Maintenance;

/// <summary>
/// For an act that decides its own outcome inside <see cref="ActOutcome.Of{T}"/> — <see cref="ActOutcome.Changed"/> for a stale
/// version, the issued credential when done — while a refusal thrown on the way is still caught: the one outcome either way.
/// </summary>
internal static class ActOutcomes
{
    public static async Task<ActOutcome> Unwrap(this Task<ActOutcome<ActOutcome>> outcome) =>
        await outcome is var caught && caught.Value is { } own ? own : caught;

    public static async Task<ActOutcome<T>> Unwrap<T>(this Task<ActOutcome<ActOutcome<T>>> outcome) =>
        await outcome is var caught && caught.Value is { } own ? own : ActOutcome<T>.From(caught);
}
