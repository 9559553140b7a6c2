using System.Security.Claims;
using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security.AccessMatrix;

/// <summary>
/// How the access matrix reads an endpoint's authorization metadata, for endpoints the App does not map today: a page added with
/// <c>[Authorize(Roles = …)]</c> or a policy (the Operations Unit's audit pages) gets its expected refusals without anyone listing it.
/// </summary>
public class AccessMatrixExpectationTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging()
        .AddAuthorization(o => o.AddPolicy("OperationsOnly", p => p.RequireRole(ConsoleRoles.OperationsUnit))).BuildServiceProvider();

    private static ClaimsPrincipal Holding(string role) => AccessMatrixTests.PrincipalWith(Guid.NewGuid(), "someone", [role]);

    private static Endpoint EndpointWith(params object[] metadata) => new(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "test");

    [Theory]
    [InlineData(ConsoleRoles.OperationsUnit, true)]
    [InlineData(ConsoleRoles.MisAdministrator, false)]
    [InlineData(ConsoleRoles.Staff, false)]
    public async Task Authorized_ForAnEndpointRestrictedToARole_LetsInOnlyThatRole(string role, bool expected)
    {
        var endpoint = EndpointWith(new AuthorizeAttribute { Roles = ConsoleRoles.OperationsUnit });

        Assert.Equal(expected, await AccessMatrixTests.AuthorizedAsync(Services, endpoint, Holding(role)));
    }

    [Theory]
    [InlineData(ConsoleRoles.OperationsUnit, true)]
    [InlineData(ConsoleRoles.Director, false)]
    public async Task Authorized_ForAnEndpointWithAPolicy_JudgesByThePolicy(string role, bool expected)
    {
        var endpoint = EndpointWith(new AuthorizeAttribute("OperationsOnly"));

        Assert.Equal(expected, await AccessMatrixTests.AuthorizedAsync(Services, endpoint, Holding(role)));
    }

    [Fact]
    public async Task Authorized_ForAnAuthorizedEndpoint_RefusesAnonymousAndAllowsAnonymousWhereMarked()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.False(await AccessMatrixTests.AuthorizedAsync(Services, EndpointWith(new AuthorizeAttribute()), anonymous));
        Assert.True(await AccessMatrixTests.AuthorizedAsync(Services, EndpointWith(new AuthorizeAttribute(), new AllowAnonymousAttribute()), anonymous));
        Assert.True(await AccessMatrixTests.AuthorizedAsync(Services, EndpointWith(new AuthorizeAttribute()), Holding(ConsoleRoles.Staff)));
    }
}
