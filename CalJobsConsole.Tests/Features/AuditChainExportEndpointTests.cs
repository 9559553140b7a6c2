using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features;

/// <summary>GET /audit/export.csv on the demo data: the Operations Unit gets every record, never cached; anyone else 403.</summary>
[Collection(AppHostCollection.Name)]
public class AuditChainExportEndpointTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Export_WhenTheOperationsUnitAsks_ReturnsEveryRecordAsANoStoreAttachment()
    {
        await SignInAsync(DemoSignIns.OperationsUnit);
        await using (var seed = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token))
        {
            seed.Audit(_factory.Services.GetRequiredService<CalJobsConsole.Domain.Common.BusinessClock>(), null, "test.exported", "TestEntity", Guid.NewGuid(), null, null, new { Note = "exported" });
            await seed.SaveChangesAsync(Token);
        }

        var response = await _client.GetAsync("/audit/export.csv", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        var lines = (await response.Content.ReadAsStringAsync(Token)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("No.,When (UTC),Who,Action", lines[0]);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        var records = await db.AuditRecords.CountAsync(Token);
        Assert.True(records >= 1);
        Assert.Equal(records, lines.Length - 1);
        // Newest first: the export's own record (issue 21: every CSV export is audited, this one too), then the seeded one.
        var exported = await db.AuditRecords.OrderByDescending(r => r.Id).FirstAsync(Token);
        Assert.Equal(SecurityAudit.Actions.Exported, exported.Action);
        Assert.Contains("audit trail", exported.After);
        Assert.Contains("test.exported", lines[2]);
    }

    [Fact]
    public async Task Export_WhenAnAdministratorAsks_IsForbidden()
    {
        await SignInAsync(DemoSignIns.MisAdministrator);

        var response = await _client.GetAsync("/audit/export.csv", Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        var refused = await db.AuditRecords.OrderByDescending(r => r.Id).FirstAsync(Token);
        Assert.Equal(SecurityAudit.Actions.AuthorizationRefused, refused.Action);
        Assert.Contains("/audit/export.csv", refused.After);
    }

    private async Task SignInAsync(string username)
    {
        var response = await SignInForm.PostAsync(_client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
