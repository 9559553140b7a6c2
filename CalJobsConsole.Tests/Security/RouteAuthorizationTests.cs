using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CalJobsConsole.Tests.Security;

/// <summary>Every routable page needs an authorization requirement, except the static Account pages (sign-in).</summary>
public class RouteAuthorizationTests
{
    private static readonly IReadOnlyList<Type> Pages = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
        .ToList();

    [Fact]
    public void RouteTable_WhenWalked_EveryPageOutsideAccountRequiresAnAuthenticatedUser()
    {
        var unprotected = Pages
            .Where(t => !IsAccountPage(t))
            .Where(t => !t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any() || t.GetCustomAttributes<AllowAnonymousAttribute>(true).Any())
            .Select(t => $"{t.FullName} ({string.Join(", ", t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))})")
            .ToList();

        Assert.True(Pages.Count >= 5, $"Expected the console's pages, found {Pages.Count}.");
        Assert.Empty(unprotected);
    }

    [Fact]
    public void RouteTable_WhenWalked_OnlyAccountPagesAllowAnonymousUsers()
    {
        var anonymous = Pages.Where(t => t.GetCustomAttributes<AllowAnonymousAttribute>(true).Any()).ToList();

        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, t => Assert.True(IsAccountPage(t), $"{t.FullName} allows anonymous users but is not an Account page."));
        Assert.All(anonymous, t => Assert.All(t.GetCustomAttributes<RouteAttribute>(), r => Assert.StartsWith("/Account/", r.Template)));
    }

    private static bool IsAccountPage(Type page) => page.Namespace?.StartsWith("CalJobsConsole.App.Components.Account", StringComparison.Ordinal) == true;
}
