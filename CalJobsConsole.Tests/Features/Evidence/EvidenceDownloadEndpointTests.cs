using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>GET /evidence/{id}: the file as an attachment within the signed-in user's scope (SCO-1), read on the server.</summary>
[Collection(AppHostCollection.Name)]
public class EvidenceDownloadEndpointTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();
    private readonly byte[] _pdf = EvidenceFiles.MinimalPdf("Golden Sierra form");
    private HttpClient _client = null!;
    private Guid _documentId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        _documentId = await UploadToGoldenSierraAsync(_pdf, "attachment 3 (signed).pdf");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData(DemoSignIns.MisAdministrator)]
    [InlineData(DemoSignIns.OperationsUnit)]
    public async Task Download_WhenTheDocumentIsInScope_ReturnsTheBytesAsAnAttachment(string username)
    {
        await SignInAsync(username);

        var response = await _client.GetAsync($"/evidence/{_documentId}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("attachment 3 (signed).pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Download_WhenTheDocumentIsOfAnotherArea_Returns403WithoutTheBytes()
    {
        await SignInAsync(DemoSignIns.UntrainedMisAdministrator);

        var response = await _client.GetAsync($"/evidence/{_documentId}", Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Golden Sierra form", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task Download_WhenTheIdIsUnknown_Returns404()
    {
        await SignInAsync(DemoSignIns.MisAdministrator);

        var response = await _client.GetAsync($"/evidence/{Guid.NewGuid()}", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await _client.GetAsync($"/evidence/{_documentId}", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery);
    }

    private async Task SignInAsync(string username)
    {
        var response = await SignInForm.PostAsync(_client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Stores the file through the App's own store and records it against a demo request of Golden Sierra.</summary>
    private async Task<Guid> UploadToGoldenSierraAsync(byte[] content, string fileName)
    {
        var services = _factory.Services;
        var stored = await services.GetRequiredService<EvidenceStore>().SaveAsync(new MemoryStream(content), Token);
        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        var goldenSierra = await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync(Token);
        var request = (await db.AccessRequests.ToListAsync(Token)).First(r => r.AreaId == goldenSierra);
        var document = EvidenceDocument.Upload(request.Id, DocumentKind.SystemAccessRequestForm, fileName, stored.FileType, stored.Sha256,
            stored.SizeBytes, Guid.NewGuid(), services.GetRequiredService<BusinessClock>());
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync(Token);
        return document.Id;
    }
}
