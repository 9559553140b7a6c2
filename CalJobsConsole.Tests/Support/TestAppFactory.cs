using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// The App in a test host with a data folder of its own, removed when the host is disposed. The host runs in
/// Development (so it seeds the demo data) unless given another environment.
/// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> talks to an in-memory server;
/// <see cref="StartOnLoopback"/> runs the App on real Kestrel instead, for a browser to reach.
/// Hangfire keeps its state in memory, per host, and runs no server (<c>CalJobs:Jobs</c>); <c>settings</c> override any setting.
/// Its database contexts run under the <see cref="QueryGuard"/>. The App's clock is <see cref="Time"/>, a fake that starts at the real now and moves only when a test moves it.
/// </summary>
public sealed class TestAppFactory(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null, bool realClock = false)
    : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "caljobs-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The settings that keep a host on SQLite whatever the suite's provider: for tests about SQLite's own files.</summary>
    public static IReadOnlyDictionary<string, string?> OnSqlite { get; } =
        new Dictionary<string, string?> { ["CalJobs:Database:Provider"] = nameof(DatabaseProvider.Sqlite) };

    /// <summary>The host's PostgreSQL database when the suite runs on PostgreSQL (<see cref="TestDatabase.DefaultProvider"/>); dropped at disposal.</summary>
    private string? _postgreSqlDatabase;

    /// <summary>Where the App listens after <see cref="StartOnLoopback"/>; null while it runs in memory.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>The App's <see cref="TimeProvider"/> (unless started with the real clock): advance it to cross the 24-hour, yearly and quarterly boundaries.</summary>
    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Records the SQL the App runs while a test has started it (<see cref="DbCommandLog.Start"/>).</summary>
    public DbCommandLog Commands => Services.GetRequiredService<DbCommandLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment(environment)
            .ConfigureAppConfiguration((_, configuration) =>
                configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["CalJobs:DataDirectory"] = DataDirectory,
                    // Each host its own job storage, and no job server running against the demo data behind a test's back:
                    // job tests run the job classes themselves.
                    ["CalJobs:Jobs:Storage"] = "InMemory",
                    ["CalJobs:Jobs:RunServer"] = "false",
                    // Test hosts answer plain HTTP, Production ones too; WebHardeningTests turns HTTPS on.
                    ["CalJobs:Web:RequireHttps"] = "false",
                    // The suite signs in hundreds of times a minute from one address; SignInRateLimitTests sets the default back.
                    ["CalJobs:SignInLimit:PermitsPerMinute"] = "100000",
                    // Keys protected with a certificate, as Production requires; one file for every host, as for app servers.
                    ["CalJobs:DataProtection:CertificatePath"] = TestCertificates.Shared.Path,
                    ["CalJobs:DataProtection:CertificatePassword"] = TestCertificates.Shared.Password,
                }).AddInMemoryCollection(SuiteProviderSettings()).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()))
            // The browser hosts keep real time: their journeys type today's date as the browser's clock reads it, and a host
            // clock frozen at start-up disagreed with it once a run crossed midnight in the business time zone.
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(realClock ? TimeProvider.System : Time);
                services.AddHttpContextAccessor();
                services.AddSingleton<DbCommandLog>();
                // The App's contexts, in every test host and browser host, log their commands by request path and run under
                // the query guard (issue 17).
                services.ConfigureDbContext<ConsoleDbContext>((provider, options) =>
                    options.AddInterceptors(provider.GetRequiredService<DbCommandLog>(), QueryGuard.Instance));
            });

    /// <summary>
    /// On the PostgreSQL pass, a database of the host's own on the test server, a copy of the migrated template (the App then
    /// migrates nothing and seeds as on SQLite); nothing on SQLite. A test's own settings still win.
    /// </summary>
    private Dictionary<string, string?> SuiteProviderSettings()
    {
        if (TestDatabase.DefaultProvider != DatabaseProvider.PostgreSql
            || settings?.TryGetValue("CalJobs:Database:Provider", out var chosen) == true && chosen != nameof(DatabaseProvider.PostgreSql))
            return [];
        _postgreSqlDatabase ??= TestPostgreSql.CreateDatabaseAsync().GetAwaiter().GetResult();
        return new()
        {
            ["CalJobs:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:PostgreSql"] = TestPostgreSql.ConnectionString(_postgreSqlDatabase),
        };
    }

    /// <summary>
    /// Starts the App on Kestrel at a free loopback port and returns its base address (ending in '/').
    /// Call it before anything else touches the host (Services, CreateClient).
    /// </summary>
    public Uri StartOnLoopback()
    {
        if (BaseAddress is not null)
            return BaseAddress;
        var port = FreeLoopbackPort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>A port nobody listens on right now: the one the OS hands out for port 0.</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgreSqlDatabase is not null)
            await TestPostgreSql.DropDatabaseAsync(_postgreSqlDatabase);
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
    }
}
