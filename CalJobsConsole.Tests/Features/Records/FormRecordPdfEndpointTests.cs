using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>
/// GET /records/{kind}/{id}.pdf on the demo data: the form's PDF record for whoever may see the form (SCO-1, read on the server),
/// never cached; 403 out of scope, 404 unknown, the sign-in page for nobody.
/// </summary>
[Collection(AppHostCollection.Name)]
public class FormRecordPdfEndpointTests : IAsyncLifetime
{
    private readonly TestAppFactory _factory = new();
    private HttpClient _client = null!;
    private Guid _requestId;
    private Guid _otherRequestorsRequestId;
    private Guid _designationFormId;
    private Guid _issueReportId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var services = _factory.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        var riley = await db.Users.Where(u => u.UserName == DemoSignIns.Requestor).Select(u => u.Id).SingleAsync(Token);
        var goldenSierra = await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync(Token);
        var requests = await db.AccessRequests.ToListAsync(Token);
        _requestId = requests.First(r => r.AreaId == goldenSierra && r.RequestorId == riley).Id;
        _otherRequestorsRequestId = requests.First(r => r.RequestorId != riley).Id;
        _issueReportId = await db.IssueReports.Where(r => r.AreaId == goldenSierra).Select(r => r.Id).FirstAsync(Token);
        // Golden Sierra's Director signs a change of contact for one of its administrators (the demo has no designation form).
        var area = (await db.AreaWithActiveDesignationsAsync(goldenSierra, cancellationToken: Token))!;
        var seat = area.ActiveDesignations.OrderBy(d => d.SeatNumber).First();
        var today = services.GetRequiredService<BusinessClock>().Today;
        var form = DesignationForm.SubmitContactChange(area, seat.Id, ContactDetails.Create("Morgan Ñandú", "morgan.nandu@example.ca.gov", "530-555-0199"),
            new DesignationParticulars("MIS Administrator", "Golden Sierra Job Training Agency", "morgan.nandu", today),
            TestSignatures.Designation(area.DirectorId!.Value), today);
        db.DesignationForms.Add(form);
        await db.SaveChangesAsync(Token);
        _designationFormId = form.Id;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData(FormRecordKind.AccessRequest, DemoSignIns.MisAdministrator)]
    [InlineData(FormRecordKind.AccessRequest, DemoSignIns.OperationsUnit)]
    [InlineData(FormRecordKind.AccessRequest, DemoSignIns.Requestor)]
    [InlineData(FormRecordKind.DesignationForm, DemoSignIns.Director)]
    [InlineData(FormRecordKind.DesignationForm, DemoSignIns.OperationsUnit)]
    [InlineData(FormRecordKind.IssueReport, DemoSignIns.MisAdministrator)]
    [InlineData(FormRecordKind.IssueReport, DemoSignIns.OperationsUnit)]
    public async Task Download_WhenTheFormIsInScope_ReturnsItsPdfRecordUncached(FormRecordKind kind, string username)
    {
        await SignInAsync(username);
        var id = IdOf(kind);

        var response = await _client.GetAsync("/" + kind.DownloadUrl(id), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(kind.FileName(id), response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync(Token));
        text.AssertContains(id.ToString());
        Assert.All(text.Footers(), f => Assert.Equal(id.ToString(), f.RecordId));
    }

    [Theory]
    [InlineData(FormRecordKind.AccessRequest, DemoSignIns.UntrainedMisAdministrator)]
    [InlineData(FormRecordKind.DesignationForm, DemoSignIns.MisAdministrator)]
    [InlineData(FormRecordKind.IssueReport, DemoSignIns.UntrainedMisAdministrator)]
    [InlineData(FormRecordKind.IssueReport, DemoSignIns.Staff)]
    public async Task Download_WhenTheFormIsOutOfScope_Returns403WithoutARecord(FormRecordKind kind, string username)
    {
        await SignInAsync(username);

        var response = await _client.GetAsync("/" + kind.DownloadUrl(IdOf(kind)), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_WhenARequestorAsksForAnotherRequestorsRequest_Returns403()
    {
        await SignInAsync(DemoSignIns.Requestor);

        var response = await _client.GetAsync("/" + FormRecordKind.AccessRequest.DownloadUrl(_otherRequestorsRequestId), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(FormRecordKind.AccessRequest)]
    [InlineData(FormRecordKind.DesignationForm)]
    [InlineData(FormRecordKind.IssueReport)]
    public async Task Download_WhenTheIdIsUnknown_Returns404(FormRecordKind kind)
    {
        await SignInAsync(DemoSignIns.OperationsUnit);

        var response = await _client.GetAsync("/" + kind.DownloadUrl(Guid.NewGuid()), Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await _client.GetAsync("/" + FormRecordKind.AccessRequest.DownloadUrl(_requestId), Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery);
    }

    private Guid IdOf(FormRecordKind kind) => kind switch
    {
        FormRecordKind.AccessRequest => _requestId,
        FormRecordKind.DesignationForm => _designationFormId,
        _ => _issueReportId,
    };

    private async Task SignInAsync(string username)
    {
        var response = await SignInForm.PostAsync(_client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
