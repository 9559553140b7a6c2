using System.Net;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>GET /accounts/export.csv and /inbox/export.csv on the demo data: what the filter shows, in scope, as an attachment.</summary>
[Collection(AppHostCollection.Name)]
public class ListExportEndpointTests : IAsyncLifetime
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
    public async Task AccountsExport_WhenTheOperationsUnitAsks_ReturnsEveryAccountAsACsvAttachment()
    {
        await SignInAsync(DemoSignIns.OperationsUnit);

        var response = await _client.GetAsync("/accounts/export.csv?sort=username", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync(Token)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Staff name,Username,E-mail,Area,Office,Status,Renewal due,Created", lines[0]);
        Assert.Equal(await CountAsync(db => db.StaffAccounts.CountAsync(Token)), lines.Length - 1);
    }

    [Fact]
    public async Task PeopleExport_WhenTheOperationsUnitAsks_ReturnsEveryConsoleUser()
    {
        await SignInAsync(DemoSignIns.OperationsUnit);

        var response = await _client.GetAsync("/people/export.csv", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync(Token)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Username,E-mail,Roles,Areas,Invitation,Has a password,Locked,Last sign-in (UTC)", lines[0]);
        Assert.Equal(await CountAsync(db => db.Users.CountAsync(Token)), lines.Length - 1);
    }

    [Fact]
    public async Task PeopleExport_WhenAnAdministratorAsks_IsForbidden()
    {
        await SignInAsync(DemoSignIns.MisAdministrator);

        var response = await _client.GetAsync("/people/export.csv", Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AccountsExport_WhenNothingMatches_ReturnsTheHeaderOnly()
    {
        await SignInAsync(DemoSignIns.OperationsUnit);

        var body = await _client.GetStringAsync("/accounts/export.csv?q=%25no%20such%20account%25", Token);

        Assert.Equal("Staff name,Username,E-mail,Area,Office,Status,Renewal due,Created\r\n", body.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task AccountsExport_WhenTheAdministratorAsks_ContainsOnlyTheirArea()
    {
        await SignInAsync(DemoSignIns.MisAdministrator);

        var body = await _client.GetStringAsync("/accounts/export.csv", Token);

        var rows = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(",Golden Sierra,", row));
        Assert.Equal(await CountAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Name == "Golden Sierra").Select(a => a.Id).SingleAsync(Token);
            return await db.StaffAccounts.CountAsync(a => a.AreaId == area, Token);
        }), rows.Count);
    }

    [Theory]
    [InlineData(DemoSignIns.Staff, "/accounts/export.csv")]
    [InlineData(DemoSignIns.Requestor, "/accounts/export.csv")]
    [InlineData(DemoSignIns.Staff, "/inbox/export.csv")]
    [InlineData(DemoSignIns.Director, "/inbox/export.csv")]
    public async Task Export_WhenTheUserMayNotList_Returns403(string username, string path)
    {
        await SignInAsync(username);

        var response = await _client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task InboxExport_WhenTheOperationsUnitAsksForEveryStatus_ReturnsEveryRequest()
    {
        await SignInAsync(DemoSignIns.OperationsUnit);

        var body = await _client.GetStringAsync("/inbox/export.csv?status=all", Token);

        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Submitted (Pacific time),Kind,Staff name,E-mail,Office,Area,Status", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(await CountAsync(db => db.AccessRequests.CountAsync(Token)), lines.Length - 1);
    }

    [Fact]
    public async Task Export_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await _client.GetAsync("/accounts/export.csv", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> CountAsync(Func<ConsoleDbContext, Task<int>> count)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        return await count(db);
    }

    private async Task SignInAsync(string username)
    {
        var response = await SignInForm.PostAsync(_client, username, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
