using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security.AccessMatrix;

/// <summary>
/// OWASP ASVS V8 (issue 21 item 2): the access matrix, generated from the App's own route table. Every endpoint the running host
/// maps (pages with their <c>@page</c> routes, minimal-API downloads and exports, account endpoints, the job dashboard, health) ×
/// each role's demo user (and the other demo sign-ins: the untrained administrator, the SPOC covering two offices) and an anonymous
/// visitor × a record inside the user's scope, one outside it and an unknown id (for a
/// route with parameters). Each cell is one request through a client signed in once per role. What a cell may show follows from
/// the endpoint's own authorization metadata (evaluated by the App's authorization service for the user's roles) and the SCO-1
/// rules of <see cref="UserScope"/>; a LEAK is a 200 that carries what it may not: content for a principal the metadata refuses,
/// the file of a record outside the user's scope, or the name of a person (a record's marker) no record of their scope carries.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed partial class AccessMatrixTests : IAsyncLifetime
{
    /// <summary>
    /// Endpoints the matrix does not request, each with why. Anything else the host maps is in the matrix, and a route whose
    /// parameters <see cref="MatrixRecords"/> cannot fill fails it. Keys are templates without constraints.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        // Blazor's own plumbing: the circuit's hub and its handshakes. A page's data reaches the browser through the hub only
        // from the page's services, which read SCO-1 on every call (ScopeServiceTests, the pages' component tests).
        ["/_blazor"] = "Blazor circuit hub",
        ["/_blazor/negotiate"] = "Blazor circuit handshake",
        ["/_blazor/disconnect/"] = "Blazor circuit disconnect",
        ["/_blazor/initializers/"] = "Blazor JS initializers list",
        ["/_framework/opaque-redirect"] = "Blazor enhanced-navigation redirect helper",
        // The static web assets' fallback (wwwroot files by path): files of the build, no record.
        ["{path}"] = "static files fallback",
    };

    private const string Anonymous = "anonymous";

    private readonly TestAppFactory _factory = new();
    private readonly Dictionary<string, Principal> _principals = [];

    private sealed record Principal(string Role, string? UserName, UserScope? Scope, ClaimsPrincipal User, HttpClient Client, SearchValues<string> ForbiddenNames);

    private sealed record Cell(string Route, string Role, string Case, string Method, string Url, MatrixRecord? Record, bool Authorized);

    private sealed record Outcome(Cell Cell, HttpStatusCode Status, string? Location, string? ContentType, string? Leak, string? Body);

    public async ValueTask InitializeAsync()
    {
        var token = TestContext.Current.CancellationToken;
        await using (var db = await Contexts.CreateDbContextAsync(token))
            await MatrixRecords.AddSecondAreaRecordsAsync(db, _factory.Services.GetRequiredService<BusinessClock>(),
                _factory.Services.GetRequiredService<EvidenceStore>(), token);
        // The quarterly monitoring sample: reviews and findings for the monitoring routes (the demo seeds a late deactivation for it).
        await using var services = _factory.Services.CreateAsyncScope();
        await services.ServiceProvider.GetRequiredService<MonitoringSampleJob>().RunAsync(JobProgress.None, token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var principal in _principals.Values)
            principal.Client.Dispose();
        await _factory.DisposeAsync();
    }

    private IDbContextFactory<ConsoleDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();

    [Fact]
    public async Task AccessMatrix_EveryEndpointForEveryRoleAndScopeCase_LeaksNothing()
    {
        var token = TestContext.Current.CancellationToken;
        IReadOnlyDictionary<string, IReadOnlyList<MatrixRecord>> records;
        IReadOnlyList<(string Name, Func<UserScope, bool> VisibleTo)> names;
        await using (var db = await Contexts.CreateDbContextAsync(token))
        {
            records = await MatrixRecords.ReadAsync(db, token);
            names = await MatrixRecords.NamesAsync(db, token);
        }
        await SignInEveryRoleAsync(names, token);

        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .ToList();
        var unfillable = new List<string>();
        var cells = new List<Cell>();
        foreach (var endpoint in endpoints)
        {
            var route = Template(endpoint.RoutePattern);
            if (Exempt.ContainsKey(route))
                continue;
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault(m => m is "GET" or "POST") ?? "GET";
            var required = endpoint.RoutePattern.Parameters.Where(p => !p.IsOptional && !p.IsCatchAll).ToList();
            IReadOnlyList<MatrixRecord>? candidates = null;
            if (required.Count > 0 && (!records.TryGetValue(route, out candidates) || candidates.Count < 2))
            {
                unfillable.Add($"{route} ({(candidates is null ? "no records known for its parameters" : $"{candidates.Count} record(s) in the seeded world, 2 needed")})");
                continue;
            }
            foreach (var principal in _principals.Values)
            {
                var authorized = await AuthorizedAsync(_factory.Services, endpoint, principal.User);
                if (candidates is null)
                {
                    cells.Add(new(route, principal.Role, "-", method, Url(endpoint.RoutePattern, null), null, authorized));
                    continue;
                }
                foreach (var (scopeCase, record) in Cases(candidates, principal.Scope))
                    cells.Add(new(route, principal.Role, scopeCase, method, Url(endpoint.RoutePattern, record), record, authorized));
            }
        }
        Assert.True(unfillable.Count == 0,
            "Routes the access matrix cannot fill (add their records to MatrixRecords, or exempt them with the reason in AccessMatrixTests.Exempt):\n"
            + string.Join("\n", unfillable));

        var outcomes = new ConcurrentBag<Outcome>();
        // GETs first, four at a time on the shared clients; POSTs (the sign-out) each on a client of its own, last.
        await Parallel.ForEachAsync(cells.Where(c => c.Method == "GET"), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = token },
            async (cell, ct) => outcomes.Add(await RequestAsync(cell, _principals[cell.Role].Client, ct)));
        foreach (var cell in cells.Where(c => c.Method != "GET"))
        {
            using var client = await SignedInClientAsync(_principals[cell.Role].UserName, token);
            outcomes.Add(await RequestAsync(cell, client, token));
        }

        var leaks = outcomes.Where(o => o.Leak is not null).OrderBy(o => o.Cell.Route).ThenBy(o => o.Cell.Role).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{outcomes.Count} cells, {leaks.Count} leaks");
        foreach (var group in outcomes.GroupBy(o => o.Cell.Route).OrderBy(g => g.Key))
            TestContext.Current.TestOutputHelper?.WriteLine($"  {group.Key}: " + string.Join("; ", group.OrderBy(o => o.Cell.Role).ThenBy(o => o.Cell.Case)
                .Select(o => $"{o.Cell.Role}/{o.Cell.Case} {(int)o.Status}")));
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Select(l =>
            $"{l.Cell.Method} {l.Cell.Route} as {l.Cell.Role}, {l.Cell.Case}{(l.Cell.Record is null ? "" : $" ({l.Cell.Record.Label})")}: {(int)l.Status} — {l.Leak}")));

        // The matrix sees what it checks: every route with parameters reached its record for some role inside that role's scope
        // (a download's file, a page), so its ids are real; and every principal was refused somewhere.
        var unreached = outcomes.Where(o => o.Cell.Record is not null).GroupBy(o => o.Cell.Route)
            .Where(g => !g.Any(o => o.Cell.Case == "inside" && o.Status == HttpStatusCode.OK && o.Cell.Record!.VisibleTo(_principals[o.Cell.Role].Scope!)))
            .Select(g => g.Key).ToList();
        Assert.True(unreached.Count == 0, "Routes whose record no role in scope could open (the matrix could not see a leak there): " + string.Join(", ", unreached));
        Assert.All(_principals.Keys.Where(r => r != ConsoleRoles.OperationsUnit), role =>
            Assert.Contains(outcomes, o => o.Cell.Role == role && o.Status != HttpStatusCode.OK));
        // And the names it looks for are real: each other principal's forbidden names turn up in the Operations Unit's own
        // responses (the statewide lists and exports), so the same text in theirs would be seen.
        Assert.All(_principals.Values.Where(p => p.Role != ConsoleRoles.OperationsUnit), principal =>
            Assert.True(outcomes.Any(o => o.Body is { } body && body.AsSpan().IndexOfAny(principal.ForbiddenNames) >= 0),
                $"None of the names forbidden to {principal.Role} appears in any response to the Operations Unit."));
    }

    /// <summary>inside: a record the user's scope takes in; outside: one it does not; unknown: an id of nothing. A role with nothing in scope of the kind (or everything) is told so in the case's name.</summary>
    private static IEnumerable<(string Case, MatrixRecord Record)> Cases(IReadOnlyList<MatrixRecord> candidates, UserScope? scope)
    {
        var visible = candidates.Where(r => scope is not null && r.VisibleTo(scope)).ToList();
        var hidden = candidates.Where(r => scope is null || !r.VisibleTo(scope)).ToList();
        var inside = visible.FirstOrDefault();
        yield return (inside is null ? "inside (none in scope)" : "inside", inside ?? candidates[0]);
        var outside = hidden.FirstOrDefault(r => r.AreaId != inside?.AreaId) ?? hidden.FirstOrDefault();
        yield return (outside is null ? "outside (all in scope)" : "outside", outside ?? candidates.First(r => r != (inside ?? candidates[0])));
        var template = inside ?? candidates[0];
        yield return ("unknown", template with
        {
            Label = "unknown id",
            RouteValues = template.RouteValues.ToDictionary(p => p.Key, _ => Guid.NewGuid().ToString()),
            VisibleTo = _ => true,
            Markers = [],
        });
    }

    private async Task<Outcome> RequestAsync(Cell cell, HttpClient client, CancellationToken token)
    {
        var principal = _principals[cell.Role];
        using var request = new HttpRequestMessage(new HttpMethod(cell.Method), cell.Url);
        if (cell.Method != "GET")
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, token),
            });
        using var response = await client.SendAsync(request, token);
        var bytes = await response.Content.ReadAsByteArrayAsync(token);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var body = Encoding.UTF8.GetString(bytes);
        var ok = response.StatusCode == HttpStatusCode.OK;
        return new(cell, response.StatusCode, response.Headers.Location?.ToString(), contentType, ok ? LeakIn(cell, principal, contentType, body) : null,
            ok && cell.Role == ConsoleRoles.OperationsUnit ? body : null);
    }

    /// <summary>What a 200 carries that the cell's principal may not have, or null.</summary>
    private static string? LeakIn(Cell cell, Principal principal, string? contentType, string body)
    {
        if (!cell.Authorized)
            return $"content ({contentType}) for a principal the endpoint's authorization metadata refuses";
        var html = contentType is "text/html";
        if (cell.Record is { } record && (principal.Scope is null || !record.VisibleTo(principal.Scope)))
        {
            if (!html)
                return $"the {record.Label} ({contentType}, {body.Length} chars) outside the user's scope";
            if (record.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } marker)
                return $"'{marker}' of the {record.Label} outside the user's scope";
        }
        var at = body.AsSpan().IndexOfAny(principal.ForbiddenNames);
        return at < 0 ? null : $"a name outside the user's scope: '{body.Substring(at, Math.Min(40, body.Length - at))}…'";
    }

    /// <summary>Whether the endpoint's own metadata lets <paramref name="user"/> in: as the authorization middleware combines it, judged by the App's authorization service.</summary>
    public static async Task<bool> AuthorizedAsync(IServiceProvider services, Endpoint endpoint, ClaimsPrincipal user)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return true;
        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        var requirements = endpoint.Metadata.GetOrderedMetadata<IAuthorizationRequirementData>().SelectMany(r => r.GetRequirements()).ToList();
        if (requirements.Count > 0)
            policy = AuthorizationPolicy.Combine([.. policy is null ? [] : new[] { policy }, new AuthorizationPolicyBuilder().AddRequirements([.. requirements]).Build()]);
        policy ??= await provider.GetFallbackPolicyAsync();
        if (policy is null)
            return true;
        return (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, null, policy)).Succeeded;
    }

    /// <summary>One client per role, signed in once as the first demo sign-in holding it; one per other demo sign-in; one anonymous.</summary>
    private async Task SignInEveryRoleAsync(IReadOnlyList<(string Name, Func<UserScope, bool> VisibleTo)> names, CancellationToken token)
    {
        var users = new List<(string Role, string UserName, Guid Id, IReadOnlyList<string> Roles)>();
        await using (var db = await Contexts.CreateDbContextAsync(token))
        {
            var holders = await (from u in db.Users
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where DemoSignIns.All.Contains(u.UserName!)
                                 select new { u.Id, u.UserName, Role = r.Name }).ToListAsync(token);
            foreach (var role in ConsoleRoles.All)
            {
                var userName = DemoSignIns.All.FirstOrDefault(n => holders.Any(h => h.UserName == n && h.Role == role))
                    ?? throw new InvalidOperationException($"No demo sign-in holds the role {role}: add one to DemoSignIns for the access matrix.");
                var id = holders.First(h => h.UserName == userName).Id;
                users.Add((role, userName, id, holders.Where(h => h.Id == id).Select(h => h.Role!).ToList()));
            }
            // The other demo sign-ins too — the untrained administrator (DES-2) and the SPOC covering two offices, where SCO-1
            // is narrower than the area — each under their role and name.
            foreach (var userName in DemoSignIns.All.Where(n => users.All(u => u.UserName != n) && holders.Any(h => h.UserName == n)))
            {
                var mine = holders.Where(h => h.UserName == userName).ToList();
                users.Add(($"{mine[0].Role} {userName}", userName, mine[0].Id, mine.Select(h => h.Role!).ToList()));
            }
        }
        await using var services = _factory.Services.CreateAsyncScope();
        var scopes = services.ServiceProvider.GetRequiredService<ScopeService>();
        foreach (var (role, userName, id, roles) in users)
        {
            var scope = await scopes.ForUserAsync(id, token) ?? throw new InvalidOperationException($"No scope for {userName}.");
            _principals[role] = new(role, userName, scope, PrincipalWith(id, userName, roles), await SignedInClientAsync(userName, token), Forbidden(names, scope));
        }
        _principals[Anonymous] = new(Anonymous, null, null, new ClaimsPrincipal(new ClaimsIdentity()), await SignedInClientAsync(null, token),
            Forbidden(names, null));
    }

    /// <summary>What the cookie makes of a signed-in user for the authorization middleware: an authenticated identity with their roles.</summary>
    public static ClaimsPrincipal PrincipalWith(Guid id, string userName, IEnumerable<string> roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, userName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "Identity.Application"));

    private static SearchValues<string> Forbidden(IReadOnlyList<(string Name, Func<UserScope, bool> VisibleTo)> names, UserScope? scope) =>
        SearchValues.Create(names.Where(n => scope is null || !n.VisibleTo(scope)).Select(n => n.Name).ToArray(), StringComparison.Ordinal);

    private async Task<HttpClient> SignedInClientAsync(string? userName, CancellationToken token)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userName is not null)
        {
            var response = await SignInForm.PostAsync(client, userName, DemoSignIns.Password);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not sign in: {(int)response.StatusCode}.");
        }
        return client;
    }

    /// <summary>
    /// A form's antiforgery token for the client's own identity: the static sign-in form's, issued for whoever the cookie says is
    /// signed in (the app bar's sign-out form is not in a page's prerendered shell).
    /// </summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, CancellationToken token)
    {
        var html = await client.GetStringAsync("/Account/Login", token);
        var antiforgery = SignInForm.AntiforgeryTokenIn(html);
        Assert.True(antiforgery.Length > 0, "No antiforgery token on the page the matrix takes it from.");
        return antiforgery;
    }

    /// <summary>The route's template without parameter constraints: <c>/inbox/{RequestId}</c>.</summary>
    private static string Template(RoutePattern pattern) => Constraint().Replace(pattern.RawText ?? "", "{$1}");

    /// <summary>The URL for <paramref name="record"/>'s route values; an optional or catch-all parameter left empty.</summary>
    private static string Url(RoutePattern pattern, MatrixRecord? record)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => record?.RouteValues.GetValueOrDefault(parameter.Name) ?? "",
                    _ => "",
                });
        }
        var url = path.ToString().TrimEnd('/');
        return url.Length == 0 ? "/" : url;
    }

    [GeneratedRegex(@"\{\**([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Constraint();
}
