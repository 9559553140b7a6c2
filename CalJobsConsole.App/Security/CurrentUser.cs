using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CalJobsConsole.App.Security;

/// <summary>Who is signed in — the only thing the cookie is trusted for. Everything they may do is read from the database.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<Guid?> IdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return IdOf(state.User);
    }

    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
