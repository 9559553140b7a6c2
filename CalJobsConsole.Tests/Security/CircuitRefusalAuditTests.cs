using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Evidence;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// Issue 21: a refusal inside a circuit (a feature service refusing with SCO-1, DES-2 or REV-1, which the page shows through
/// <c>ActOutcome</c>) is a refused authorization in the audit trail, as a refused download is — once per refused call, naming the
/// user, the page and the rules; but not within an HTTP request, whose endpoint records its own refusal, and never for an act allowed.
/// </summary>
public class CircuitRefusalAuditTests : IAsyncLifetime
{
    private const string PageUri = "https://console.example/requests/42/evidence?search=typed%20by%20someone#top";

    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private DataDirectory _data = null!;
    private AccessRequest _request = null!;

    private World World => _stored.World;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => (_database, _stored, _data, _request) = await ApprovedRequestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AnAdministratorOfAnotherArea_ActingInACircuit_IsRefusedWithSco1_AndTheRefusalIsRecordedOnce()
    {
        var spoc = World.Spoc.PersonId;

        var refusal = await Evidence(spoc).UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
            new MemoryStream(EvidenceFiles.MinimalPdf()), Token);

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
        var record = Assert.Single(await RefusalsAsync());
        Assert.Equal(spoc, record.ActorId);
        Assert.Contains("\"Path\":\"/requests/42/evidence\"", record.After);
        Assert.Contains("SCO-1: ", record.After);
        Assert.DoesNotContain("typed", record.After);
    }

    [Fact]
    public async Task ARecordNotInScope_OrNoneByThatId_IsRecordedAsARefusal()
    {
        var document = await Evidence(World.MisAdministrator.PersonId).UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
            new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        var otherAreas = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Evidence(World.Spoc.PersonId).OpenAsync(document.Id, Token));
        var unknown = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => Evidence(World.Spoc.PersonId).RequestEvidenceAsync(Guid.NewGuid(), Token));

        Assert.Equal(["SCO-1"], otherAreas.Codes);
        Assert.Equal(["SCO-1"], unknown.Codes);
        var records = await RefusalsAsync();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(World.Spoc.PersonId, r.ActorId));
        Assert.All(records, r => Assert.Contains("SCO-1: ", r.After));
    }

    [Fact]
    public async Task NobodySignedIn_IsRecordedWithoutAnActor()
    {
        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Scope(null).RequireSignedInAsync(Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
        Assert.Null(Assert.Single(await RefusalsAsync()).ActorId);
    }

    [Fact]
    public async Task TheSameRefusalWithinAnHttpRequest_IsNotRecordedByTheService()
    {
        var services = new ServiceCollection().AddScoped<HttpRequestScope>().BuildServiceProvider();
        await using var requestServices = services.CreateAsyncScope();
        var pipeline = new ApplicationBuilder(services);
        HttpRequestScope.UseHttpRequestScope(pipeline);
        await pipeline.Build()(new DefaultHttpContext { RequestServices = requestServices.ServiceProvider });
        var request = requestServices.ServiceProvider.GetRequiredService<HttpRequestScope>();
        Assert.True(request.IsHttpRequest);

        var refusal = await Evidence(World.Spoc.PersonId, request).UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
            new MemoryStream(EvidenceFiles.MinimalPdf()), Token);

        Assert.Equal(["SCO-1"], refusal.Codes);
        Assert.Empty(await RefusalsAsync());
    }

    [Fact]
    public async Task AnAllowedAct_RecordsNoRefusal()
    {
        await Evidence(World.MisAdministrator.PersonId).UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
            new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();
        await Evidence(World.MisAdministrator.PersonId).RequestEvidenceAsync(_request.Id, Token);

        Assert.Empty(await RefusalsAsync());
    }

    [Fact]
    public async Task WhenTheRecordCannotBeWritten_TheRefusalStillStands()
    {
        var failing = new SecurityAudit(new FailingFactory(), World.Business, NullLogger<SecurityAudit>.Instance);
        var scopes = new ScopeService(_database, SignedIn.As(World.Spoc.PersonId), audit: failing, navigation: new CircuitNavigation());

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => scopes.RequireAreaAsync(World.OtherLocalArea.Id, Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
        Assert.Empty(await RefusalsAsync());
    }

    [Fact]
    public async Task BeforeTheCircuitKnowsItsPage_TheRefusalIsRecordedWithoutAPath()
    {
        var scopes = new ScopeService(_database, SignedIn.As(World.Spoc.PersonId),
            audit: new SecurityAudit(_database, World.Business, NullLogger<SecurityAudit>.Instance), navigation: new UninitialisedNavigation());

        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => scopes.RequireOperationsUnitAsync(Token));

        Assert.Contains("(unknown)", Assert.Single(await RefusalsAsync()).After);
    }

    private ScopeService Scope(Guid? userId, HttpRequestScope? request = null) =>
        new(_database, SignedIn.As(userId), request, audit: new SecurityAudit(_database, World.Business, NullLogger<SecurityAudit>.Instance),
            navigation: new CircuitNavigation());

    private EvidenceService Evidence(Guid userId, HttpRequestScope? request = null) =>
        new(_database, Scope(userId, request), new EvidenceStore(_data), World.Business);

    private async Task<List<AuditRecord>> RefusalsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditRecords.AsNoTracking().Where(a => a.Action == SecurityAudit.Actions.AuthorizationRefused).ToListAsync(Token);
    }

    /// <summary>A circuit's navigation manager, on a page whose query carries text someone typed.</summary>
    private sealed class CircuitNavigation : NavigationManager
    {
        public CircuitNavigation() => Initialize("https://console.example/", PageUri);
    }

    private sealed class UninitialisedNavigation : NavigationManager;

    /// <summary>A database that cannot be reached, as when it stays busy past its retries.</summary>
    private sealed class FailingFactory : IDbContextFactory<ConsoleDbContext>
    {
        public ConsoleDbContext CreateDbContext() => throw new InvalidOperationException("The database is busy.");
    }
}
