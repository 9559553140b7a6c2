using Microsoft.AspNetCore.Components;

namespace CalJobsConsole.App.Components.Prerendering;

/// <summary>
/// Marks a page whose first HTML carries its data (issue 17: the heavy pages show their data in under 0.5 s at 100,000
/// accounts, before the browser has even started the circuit). Every other page's prerender is the layout's shell
/// (<c>MainLayout</c>), and its circuit reads the data. A marked page, and each of its components that reads data, hands
/// what it read while prerendering to the circuit in a <see cref="Handoff{T}"/> (Blazor's <c>[PersistentState]</c>), so the
/// data is still read once: by the prerender. What the circuit reads afterwards (live updates, a new filter) it reads itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PrerenderWithDataAttribute : Attribute
{
    /// <summary>
    /// The most the browser may send back in one SignalR message (the App's hub option): the circuit's start carries every
    /// handoff of the page, protected and base64-encoded — ~40 KB for the compliance panels' 65 areas, where SignalR's
    /// default of 32 KB refused it and the circuit never started.
    /// </summary>
    public const long MaximumHandoffBytes = 512 * 1024;

    public static bool IsOn(Type? page) => page?.IsDefined(typeof(PrerenderWithDataAttribute), inherit: false) == true;
}

/// <summary>
/// What a component read while the server prerendered it, and for what (<paramref name="Key"/>: the page's filter as a query
/// string, an area's id): the circuit takes it only for the same key. Serialized into the page by Blazor's persistent
/// component state, protected with the App's data-protection keys like the rest of the circuit's state.
/// </summary>
public sealed record Handoff<T>(string Key, T Value) where T : class;

public static class Handoffs
{
    /// <summary>The value handed over for <paramref name="key"/>; null when nothing was handed over or it was for another key (then read it).</summary>
    public static T? For<T>(this Handoff<T>? handoff, string key) where T : class =>
        handoff is not null && handoff.Key == key ? handoff.Value : null;

    /// <summary>
    /// While prerendering, the handoff of what was just read (null when nothing was, a refusal say: the circuit reads again);
    /// in the circuit, null — nothing is left to hand over, and a later reload reads.
    /// </summary>
    public static Handoff<T>? Keep<T>(this RendererInfo renderer, string key, T? value) where T : class =>
        !renderer.IsInteractive && value is not null ? new Handoff<T>(key, value) : null;
}
