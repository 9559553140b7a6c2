using CalJobsConsole.App.Security;
using Hangfire.Dashboard;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// The Hangfire dashboard for the Operations Unit only, its role read from the database on each request (SCO-1), not
/// from the cookie. Anonymous requests never get here: the endpoint requires a signed-in user, so they go to sign in;
/// a signed-in user of any other role is refused with 403 by Hangfire.
/// </summary>
public sealed class OperationsUnitDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (CurrentUser.IdOf(http.User) is not { } userId)
            return false;
        var scope = await http.RequestServices.GetRequiredService<ScopeService>().ForUserAsync(userId, http.RequestAborted);
        return scope is { IsOperationsUnit: true };
    }
}
