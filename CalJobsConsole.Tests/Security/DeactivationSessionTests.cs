using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// DEA-1 through the real cookie: a staff member signed in before the deactivation loses the session on their very next
/// request (the cookie is checked against the security stamp on every request), and cannot sign in again.
/// </summary>
[Collection(AppHostCollection.Name)]
public class DeactivationSessionTests : IAsyncLifetime
{
    private const string StaffUser = "noor.haddad";
    private readonly TestAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task OpenSession_RightAfterTheDeactivation_IsSentToTheSignInAndTheSignInIsRefused()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInForm.PostAsync(client, StaffUser, DemoSignIns.Password);
        var before = await client.GetAsync("/my-account", TestContext.Current.CancellationToken);

        var outcome = await DeactivateTodayAsync();
        var after = await client.GetAsync("/my-account", TestContext.Current.CancellationToken);
        var again = await SignInForm.PostAsync(client, StaffUser, DemoSignIns.Password);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("DEA-1", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Noor's supervisor files a deactivation for today, Capital Region's administrator approves it, uploads the form and deactivates.</summary>
    private async Task<ActOutcome> DeactivateTodayAsync()
    {
        var token = TestContext.Current.CancellationToken;
        using var scope = _factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var clock = services.GetRequiredService<BusinessClock>();
        var policy = services.GetRequiredService<AttestationPolicy>();
        var contexts = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        Guid requestId, parkerId;
        await using (var db = await contexts.CreateDbContextAsync(token))
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.Username == StaffUser, token);
            var parker = await db.Users.SingleAsync(u => u.UserName == "mis.parker", token);
            var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == account.AreaId, token);
            var request = AccessRequest.Submit(account.SupervisorId, new AccessRequestForm(AccessRequestKind.Deactivation, account.Staff, account.StaffKind,
                account.AreaId, account.OfficeId, AccountId: account.Id, SeparationDate: clock.Today,
                RequestorVerifiedAttestations: true, RequestorVerifiedBusinessNeed: true, RequestorTitle: World.RequestorTitle, RequestorPhone: World.RequestorPhone),
                TestSignatures.Requestor(account.SupervisorId, clock), clock);
            request.Approve(area.ActorFor(parker.Id)!, TestSignatures.Approval(area.ActorFor(parker.Id)!, clock), clock, policy);
            db.AccessRequests.Add(request);
            db.EvidenceDocuments.Add(EvidenceDocument.Upload(request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", EvidenceFileType.Pdf,
                new string('d', 64), 100, parker.Id, clock));
            await db.SaveChangesAsync(token);
            (requestId, parkerId) = (request.Id, parker.Id);
        }
        var deactivation = new DeactivationService(contexts, new ScopeService(contexts, SignedIn.As(parkerId)), clock, policy);
        return await deactivation.DeactivateAsync(requestId, (await deactivation.DeskAsync(requestId, token)).Version, token);
    }
}
