using CalJobsConsole.App.Components.Prerendering;
using CalJobsConsole.App.Components;
using CalJobsConsole.App.Components.Account;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Backups;
using CalJobsConsole.App.Data.PostgreSql;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.AuditLog;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Import;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.App.Health;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddConsoleSettingsFile(builder.Environment.ContentRootPath);
// Serve blazor.web.js and package assets from the build output in any environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddConsoleSettings(builder.Configuration, builder.Environment);
builder.Services.AddConsoleDatabase(builder.Configuration);
builder.Services.AddConsoleSecurity();
builder.Services.AddConsoleWebHardening(builder.Configuration);
builder.Services.AddConsoleFeatures();
builder.Services.AddConsoleNotifications(builder.Configuration, builder.Environment);
builder.Services.AddRenewalJobs();
builder.Services.AddConsoleJobs(builder.Configuration);
builder.Services.AddConsoleBackups(builder.Configuration);
builder.Services.AddConsoleHealthChecks();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // The circuit starts with what the heavy pages' prerender handed over (Components/Prerendering), sent back by the browser
    // in one SignalR message: the compliance panels' 65 areas or the suspensions page's seats are over SignalR's default 32 KB,
    // and the circuit never started. Bounded by nature (areas, seats under CAP-1, one page of 25 rows): 512 KB is ample.
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = PrerenderWithDataAttribute.MaximumHandoffBytes);

var app = builder.Build();

// create-operations-user: the first Operations Unit user of a production database, then exit (docs/settings.md).
if (OperationsUserCommand.IsRequested(args))
    return await OperationsUserCommand.RunAsync(app.Services, args);
// import <file.csv> [--commit] [--as <email>]: the statewide import without the browser, then exit (docs/import.md).
if (ImportCommand.IsRequested(args))
    return await ImportCommand.RunAsync(app.Services, args);
// restore-backup <file>: a SQLite backup copy put back in place of the database, the console stopped, then exit (docs/backups.md).
if (RestoreBackupCommand.IsRequested(args))
    return await RestoreBackupCommand.RunAsync(app.Services, args);
// verify-audit: verifies the audit trail's hash chain, prints the result, exits 0 if intact and 2 if broken (docs/audit.md).
if (VerifyAuditCommand.IsRequested(args))
    return await VerifyAuditCommand.RunAsync(app.Services, args);
// copy-to-postgresql [--from <caljobs.db>]: a SQLite installation's data into an empty PostgreSQL database, then exit
// (docs/moving-to-postgresql.md).
if (CopyToPostgreSqlCommand.IsRequested(args))
    return await CopyToPostgreSqlCommand.RunAsync(app.Services, args);

try
{
    // Inside the try: the pipeline's first services resolve settings (Data Protection reads CalJobs:DataProtection), and a
    // setting it cannot start with must end in its message, not a stack trace.
    ConfigurePipeline(app);
    app.Run();
}
catch (DatabaseUnavailableException ex)
{
    // Already logged; say it plainly where an operator looks and stop with a failure code.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // A setting the console cannot start with (e.g. no key-protection certificate in Production): say which, and stop.
    Console.Error.WriteLine($"A setting is not valid: {ex.Message}");
    return 1;
}
catch (InvalidJobScheduleException ex)
{
    // A schedule in appsettings.json that is not cron: name the setting and stop.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
return 0;

static void ConfigurePipeline(WebApplication app)
{
    app.UseSecurityHeaders();
    app.UseConsoleWebHardening();
    if (!app.Environment.IsDevelopment())
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    // Explicitly after the re-execution: the not-found page carries the app's authorization metadata, and a re-executed request
    // does not pass the middleware WebApplication adds at the start (a signed-in request for a missing page was a 500).
    app.UseRateLimiter();
    app.UseAuthentication();
    HttpRequestScope.UseHttpRequestScope(app);
    app.UseAuthorization();
    app.UseAntiforgery();
    app.UsePasswordChangeGate();

    app.MapStaticAssets();
    app.MapRazorComponents<App>()
        .AddInteractiveServerRenderMode();
    app.MapAccountEndpoints();
    app.MapEvidenceEndpoints();
    app.MapIssueReportEndpoints();
    app.MapFormRecordEndpoints();
    app.MapListExportEndpoints();
    app.MapAuditExportEndpoint();
    app.MapImportEndpoints();
    app.MapJobsDashboard();
    app.MapConsoleHealthChecks();
}

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
