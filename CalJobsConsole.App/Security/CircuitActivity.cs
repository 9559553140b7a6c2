using Microsoft.JSInterop;

namespace CalJobsConsole.App.Security;

/// <summary>
/// When the person at an open page last did something there (issue 21, sessions: OWASP ASVS V7.3.1, NIST SP 800-63B §4.2.3).
/// A page in a circuit makes no HTTP request while it is used, so the sign-in cookie's sliding expiry cannot see the work done on
/// it: the page's script (<c>wwwroot/js/session-activity.js</c>, started by <c>SessionActivity</c> in the layout) reports a key, a
/// click, a touch or a scroll here once per <see cref="SessionOptions.ActivityBeat"/>, and posts to
/// <see cref="KeepAlivePath"/> so the cookie slides too. <see cref="RevalidatingIdentityStateProvider"/> ends the page once it has
/// been left untouched for <see cref="SessionOptions.IdleTimeout"/>. One per circuit; the clock is the app's
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class CircuitActivity(TimeProvider time)
{
    /// <summary>Where the page's script posts while the person is at work, so the sign-in cookie slides (<c>AccountEndpoints</c>).</summary>
    public const string KeepAlivePath = "/Account/KeepAlive";

    private long _lastActiveTicks = time.GetUtcNow().UtcTicks;

    /// <summary>The circuit's start, or the last activity the page reported.</summary>
    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>Set when the page ended because it was left idle: the sign-in page then says why.</summary>
    public bool EndedIdle { get; private set; }

    /// <summary>Called by the page's script: the person pressed a key, clicked, touched or scrolled since the last beat.</summary>
    [JSInvokable]
    public void Active() => Interlocked.Exchange(ref _lastActiveTicks, time.GetUtcNow().UtcTicks);

    /// <summary>Whether nothing was done on the page for <paramref name="idleTimeout"/>; if so, notes that the page ends for it.</summary>
    public bool HasBeenIdleFor(TimeSpan idleTimeout)
    {
        if (time.GetUtcNow() - LastActive < idleTimeout)
            return false;
        EndedIdle = true;
        return true;
    }
}
