using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Seed;
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
        Assert.Contains("test.exported", lines[1]);
    }

    [Fact]
    public async Task Export_WhenAnAdministratorAsks_IsForbidden()
    {
        await SignInAsync(DemoSignIns.MisAdministrator);

        var response = await _client.GetAsync("/audit/export.csv", Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task SignInAsync(string username)
    {
        var response = await SignInForm.PostAsync(_client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
