using System.Net;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Components.Account.Pages;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// Issue 21, sessions (OWASP ASVS V7): sign-out ends every session of the user, a session ends after the idle timeout and after the
/// absolute lifetime however active, a password change keeps this session and ends the others, and a wrong current password on the
/// change-password page counts towards the lockout. Each sign-in, failure, sign-out and change is in the audit trail, without the
/// password. One host; each test its own user.
/// </summary>
[Collection(AppHostCollection.Name)]
public partial class SessionTests : IAsyncLifetime
{
    private const string Password = "Session-Tester-Phrase-42";
    private readonly TestAppFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignOut_InOneBrowser_EndsTheSessionsOpenInEveryOther()
    {
        var username = await NewUserAsync();
        using var office = NewClient();
        using var home = NewClient();
        await SignInAsync(office, username);
        await SignInAsync(home, username);
        Assert.Equal(HttpStatusCode.OK, (await home.GetAsync("/", Token)).StatusCode);

        // Any form page of the session gives its antiforgery token; the app bar's sign-out form posts it as this does.
        var signOut = await PostFormAsync(office, ChangePassword.Path, "/Account/Logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        AssertSentToSignIn(await home.GetAsync("/", Token));
        AssertSentToSignIn(await office.GetAsync("/", Token));
        Assert.Contains(SecurityAudit.Actions.SignedOut, await ActionsOfAsync(username));
    }

    [Fact]
    public async Task Session_WithoutARequestForLongerThanTheIdleTimeout_Ends()
    {
        var username = await NewUserAsync();
        using var client = NewClient();
        await SignInAsync(client, username);

        _factory.Time.Advance(new SessionOptions().IdleTimeout - TimeSpan.FromMinutes(5));
        var stillActive = await client.GetAsync("/", Token);
        _factory.Time.Advance(new SessionOptions().IdleTimeout + TimeSpan.FromMinutes(1));
        var idle = await client.GetAsync("/", Token);

        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        AssertSentToSignIn(idle);
    }

    [Fact]
    public async Task Session_KeptAliveByAnOpenPageInUse_OutlivesTheIdleTimeout()
    {
        var username = await NewUserAsync();
        using var client = NewClient();
        await SignInAsync(client, username);
        var idle = new SessionOptions().IdleTimeout;

        // An open page makes no request while it is used; its script posts the keep-alive once a beat while keys are pressed.
        _factory.Time.Advance(idle * 3 / 4);
        var report = await client.PostAsync(CircuitActivity.KeepAlivePath, null, Token);
        _factory.Time.Advance(idle * 3 / 4);

        Assert.Equal(HttpStatusCode.NoContent, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Token)).StatusCode);
    }

    [Fact]
    public async Task KeepAlive_WithoutASession_IsSentToSignIn()
    {
        using var client = NewClient();

        AssertSentToSignIn(await client.PostAsync(CircuitActivity.KeepAlivePath, null, Token));
    }

    [Fact]
    public async Task Session_KeptActive_EndsAtTheAbsoluteLifetime()
    {
        var username = await NewUserAsync();
        using var client = NewClient();
        await SignInAsync(client, username);
        var options = new SessionOptions();
        var step = options.IdleTimeout / 2;

        var steps = (int)(options.AbsoluteLifetime / step) - 1;
        for (var i = 0; i < steps; i++)
        {
            _factory.Time.Advance(step);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Token)).StatusCode);
        }
        _factory.Time.Advance(step + TimeSpan.FromMinutes(1));

        AssertSentToSignIn(await client.GetAsync("/", Token));
    }

    [Fact]
    public async Task ChangePassword_KeepsThisSessionAndEndsTheOthers_AndIsAudited()
    {
        var username = await NewUserAsync();
        using var here = NewClient();
        using var elsewhere = NewClient();
        await SignInAsync(here, username);
        await SignInAsync(elsewhere, username);

        var changed = await ChangePasswordAsync(here, Password, "Another-Long-Phrase-For-Tests");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/", Token)).StatusCode);
        AssertSentToSignIn(await elsewhere.GetAsync("/", Token));
        var actions = await ActionsOfAsync(username);
        Assert.Contains(SecurityAudit.Actions.PasswordChanged, actions);
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LockTheAccountLikeFailedSignIns()
    {
        var username = await NewUserAsync();
        using var client = NewClient();
        await SignInAsync(client, username);

        string last = "";
        for (var i = 0; i < 5; i++)
            last = await (await ChangePasswordAsync(client, "Not-The-Password-" + i, "Another-Long-Phrase-For-Tests")).Content.ReadAsStringAsync(Token);
        var signIn = await SignInForm.PostAsync(NewClient(), username, Password);

        Assert.Contains(WebUtility.HtmlEncode(ChangePassword.LockedOutMessage), last);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // the sign-in page again, refused: locked out
        Assert.Contains(WebUtility.HtmlEncode(Login.FailureMessage), await signIn.Content.ReadAsStringAsync(Token));
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync(username))!));
        Assert.Equal(5, (await ActionsOfAsync(username)).Count(a => a == SecurityAudit.Actions.PasswordChangeFailed));
    }

    [Fact]
    public async Task SignInsAndFailures_AreAuditedInUtc_WithoutThePassword()
    {
        var username = await NewUserAsync();
        using var client = NewClient();
        const string wrong = "Wrong-Secret-Phrase-99";

        await SignInForm.PostAsync(client, username, wrong);
        await SignInForm.PostAsync(client, "nobody\r\n\"forged\": " + Guid.NewGuid().ToString("N")[..6], wrong);
        await SignInAsync(client, username);

        await using var db = await Contexts.CreateDbContextAsync(Token);
        var records = await db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == SecurityAudit.Actions.SignInFailed || a.Action == SecurityAudit.Actions.SignedIn)
            .OrderByDescending(a => a.Id).Take(20).ToListAsync(Token);
        var mine = records.Where(r => r.After!.Contains(username) || r.ActorId is not null).ToList();
        Assert.Contains(records, r => r.Action == SecurityAudit.Actions.SignInFailed && r.After!.Contains($"\"Username\":\"{username}\"") && r.After.Contains("\"KnownUser\":true"));
        var forged = Assert.Single(records, r => r.Action == SecurityAudit.Actions.SignInFailed && r.After!.Contains("forged"));
        Assert.Contains("\\r\\n", forged.After); // the typed text is encoded inside the record's JSON: it cannot start another entry
        Assert.Contains(records, r => r.Action == SecurityAudit.Actions.SignedIn && r.ActorId is not null);
        Assert.All(records, r => Assert.DoesNotContain(wrong, r.After ?? ""));
        Assert.All(records, r => Assert.DoesNotContain(Password, r.After ?? ""));
        Assert.All(records, r => Assert.Equal(TimeSpan.Zero, r.At.Offset));
        Assert.NotEmpty(mine);
    }

    [Fact]
    public async Task Pages_CarryTheContentSecurityPolicy_WithThisResponsesNonceOnTheImportMap()
    {
        using var client = NewClient();

        var first = await client.GetAsync("/Account/Login", Token);
        var second = await client.GetAsync("/Account/Login", Token);
        var policy = string.Join(" ", first.Headers.GetValues("Content-Security-Policy"));
        var html = await first.Content.ReadAsStringAsync(Token);

        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(d => d.Trim().StartsWith("script-src")));
        Assert.DoesNotContain("unsafe-eval", policy);
        var nonce = NonceDirective().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html);
        Assert.NotEqual(policy, string.Join(" ", second.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", string.Join("", first.Headers.GetValues("X-Frame-Options")));
        // Every inline script of the page carries the nonce: nothing the policy would block.
        Assert.All(InlineScript().Matches(html), m => Assert.Contains($"nonce=\"{nonce}\"", m.Value));
    }

    [Fact]
    public async Task Exports_AreNeverStored()
    {
        using var client = NewClient();
        await SignInForm.PostAsync(client, DemoSignIns.OperationsUnit, DemoSignIns.Password);

        var export = await client.GetAsync("/accounts/export.csv", Token);
        var template = await client.GetAsync("/import/template.csv", Token);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("no-store", export.Headers.CacheControl?.ToString());
        Assert.Contains("no-store", template.Headers.CacheControl?.ToString());
        Assert.Contains(SecurityAudit.Actions.Exported, await ActionsOfAsync(DemoSignIns.OperationsUnit));
    }

    [Fact]
    public async Task RefusedDownload_IsAuditedAsARefusedAuthorization()
    {
        using var client = NewClient();
        await SignInForm.PostAsync(client, DemoSignIns.MisAdministrator, DemoSignIns.Password);

        var refused = await client.GetAsync("/people/export.csv", Token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var db = await Contexts.CreateDbContextAsync(Token);
        var record = await db.AuditRecords.AsNoTracking().Where(a => a.Action == SecurityAudit.Actions.AuthorizationRefused)
            .OrderByDescending(a => a.Id).FirstAsync(Token);
        Assert.Contains("/people/export.csv", record.After);
        Assert.NotNull(record.ActorId);
    }

    private IDbContextFactory<ConsoleDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();

    private async Task<string> NewUserAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var username = "session." + Guid.NewGuid().ToString("N")[..8];
        var created = await users.CreateAsync(new ConsoleUser { UserName = username, Email = username + "@example.ca.gov", FullName = "Session Tester" }, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        // A role, so the app bar (with its sign-out form) is drawn for them.
        Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync(username))!, ConsoleRoles.Requestor)).Succeeded);
        return username;
    }

    /// <summary>The audit actions of the user named <paramref name="username"/> (as actor or as the record), newest first.</summary>
    private async Task<List<string>> ActionsOfAsync(string username)
    {
        await using var db = await Contexts.CreateDbContextAsync(Token);
        var id = await db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync(Token);
        return await db.AuditRecords.AsNoTracking().Where(a => a.ActorId == id || a.EntityId == id).OrderByDescending(a => a.Id)
            .Select(a => a.Action).Take(100).ToListAsync(Token);
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task SignInAsync(HttpClient client, string username) =>
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, username, Password)).StatusCode);

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next) =>
        PostFormAsync(client, ChangePassword.Path, ChangePassword.Path, new()
        {
            ["_handler"] = "change-password",
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string target, Dictionary<string, string> fields) =>
        SignInForm.PostFormAsync(client, formPage, target, fields);

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceDirective();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
