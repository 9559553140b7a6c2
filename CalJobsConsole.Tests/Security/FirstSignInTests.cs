using System.Net;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Components.Account.Pages;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// CRD-1 through the real sign-in form, on the App's fake clock: a new account's temporary password signs in at
/// 23:59:59 after issue (straight to the password change, which every other page then insists on) and is refused at
/// 24:00:00 with the rule and what to do.
/// </summary>
[Collection(AppHostCollection.Name)]
public class FirstSignInTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();
    private string _username = "";
    private string _temporaryPassword = "";

    public async ValueTask InitializeAsync() => (_username, _temporaryPassword) = await CreateAccountAsync();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TemporaryPassword_At23h59m59s_SignsInToThePasswordChange_AndEveryPageSendsThere()
    {
        _factory.Time.Advance(TemporaryCredential.Lifetime - TimeSpan.FromSeconds(1));
        using var client = NewClient();

        var response = await SignInForm.PostAsync(client, _username, _temporaryPassword);
        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var change = await client.GetAsync(ChangePassword.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ChangePassword.Path, response.Headers.Location?.OriginalString.Replace("http://localhost", ""));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(ChangePassword.Path, home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("first-sign-in-notice", await change.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TemporaryPassword_At24h00m00s_IsRefusedWithCrd1AndNoCookie()
    {
        _factory.Time.Advance(TemporaryCredential.Lifetime);
        using var client = NewClient();

        var response = await SignInForm.PostAsync(client, _username, _temporaryPassword);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"sign-in-refused\"", page);
        Assert.Contains("CRD-1", page);
        Assert.Contains("password reset", page);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("CalJobsConsole=")));
    }

    [Fact]
    public async Task PasswordChange_InASessionOpenedBeforeThe24HoursEnded_IsRefusedAfterThemAndEndsTheSession()
    {
        var token = TestContext.Current.CancellationToken;
        // Signed in ten minutes before the 24 hours end; the change is sent a quarter of an hour later, well inside the
        // session's idle timeout (CalJobs:Sessions:IdleTimeout, 30 minutes).
        _factory.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10));
        using var client = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, _username, _temporaryPassword)).StatusCode);
        var form = await client.GetStringAsync(ChangePassword.Path, token);
        _factory.Time.Advance(TimeSpan.FromMinutes(15));

        var response = await client.PostAsync(ChangePassword.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInForm.AntiforgeryTokenIn(form),
            ["_handler"] = "change-password",
            ["Input.CurrentPassword"] = _temporaryPassword,
            ["Input.NewPassword"] = "Too-Late-Password-26!",
            ["Input.ConfirmPassword"] = "Too-Late-Password-26!",
        }), token);
        var page = await response.Content.ReadAsStringAsync(token);
        var home = await client.GetAsync("/", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CRD-1", page);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", home.Headers.Location?.ToString());
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CalJobsConsole.App.Security.ConsoleUser>>();
        var user = await users.FindByNameAsync(_username);
        Assert.True(await users.CheckPasswordAsync(user!, _temporaryPassword));
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An EDD staff member's account in Golden Sierra, created through the domain and given its sign-in as the console does.</summary>
    private async Task<(string Username, string Password)> CreateAccountAsync()
    {
        var token = TestContext.Current.CancellationToken;
        using var scope = _factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var clock = services.GetRequiredService<BusinessClock>();
        var policy = services.GetRequiredService<AttestationPolicy>();
        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(token);
        var morgan = await db.Users.SingleAsync(u => u.UserName == DemoSignIns.MisAdministrator, token);
        var riley = await db.Users.SingleAsync(u => u.UserName == DemoSignIns.Requestor, token);
        var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Name == "Golden Sierra", token);
        var actor = area.ActorFor(morgan.Id)!;
        var office = await db.Offices.SingleAsync(o => o.Name == "Auburn AJCC", token);
        var group = await db.PrivilegeGroups.SingleAsync(g => g.Name == DirectivePrivilegeGroups.LwiaCboStaff, token);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var signed = clock.Today.AddDays(-5);
        var request = AccessRequest.Submit(riley.Id, new AccessRequestForm(AccessRequestKind.NewAccount,
            ContactDetails.Create("Tess Timer", $"tess.{suffix}@example.gov", World.Phone), StaffKind.Edd, area.Id, office.Id,
            RequestedGroupId: group.Id, Attestations: new Attestations(signed, ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, signed)),
            RequestorVerifiedAttestations: true, RequestorVerifiedBusinessNeed: true, StaffJobTitle: "Employment Program Representative",
            RequestorTitle: World.RequestorTitle, RequestorPhone: World.RequestorPhone), TestSignatures.Requestor(riley.Id, clock), clock);
        request.Approve(actor, TestSignatures.Approval(actor, clock), clock, policy);
        var form = EvidenceDocument.Upload(request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", EvidenceFileType.Pdf, new string('c', 64), 100, morgan.Id, clock);
        var account = StaffAccount.Create(new NewAccountGrant(request, $"tess.{suffix}", group, [], [form]), actor, clock, policy);
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.Add(form);
        db.StaffAccounts.Add(account);
        var credential = await services.GetRequiredService<CredentialIssuer>().AddSignInAsync(db, account, token);
        await db.SaveChangesAsync(token);
        return (credential.Username, credential.TemporaryPassword);
    }
}
