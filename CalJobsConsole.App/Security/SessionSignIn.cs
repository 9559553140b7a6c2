using Microsoft.AspNetCore.Identity;

namespace CalJobsConsole.App.Security;

/// <summary>Issues the sign-in cookie with the moment of the sign-in in it, so <see cref="SessionOptions.AbsoluteLifetime"/> can end it.</summary>
public static class SessionSignIn
{
    /// <summary>
    /// Signs <paramref name="user"/> in (a session cookie, never persistent) as of <paramref name="signedInAt"/>: the moment of a
    /// fresh sign-in, or the original one when the cookie is re-issued after a password change (the lifetime does not restart).
    /// </summary>
    public static Task SignInSessionAsync(this SignInManager<ConsoleUser> signIn, ConsoleUser user, DateTimeOffset signedInAt) =>
        signIn.SignInWithClaimsAsync(user, isPersistent: false, [SessionOptions.SignedInAtClaimFor(signedInAt)]);
}
