extern alias app;

using System.Net;
using System.Net.Sockets;
using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>
/// The App, built in the benchmark's configuration (Release), in this process on real Kestrel at a free loopback port, in
/// the Production environment (no demo data) on the given data folder — the way the browser tests host it
/// (<c>CalJobsConsole.Tests/Support/TestAppFactory.cs</c>), with the real clock. Hangfire keeps its state in memory and runs
/// no server: the benchmark runs each job's logic itself. Every EF Core command passes <see cref="Queries"/>.
/// </summary>
internal sealed class BenchHost(string dataDirectory) : WebApplicationFactory<app::Program>
{
    public QueryTimer Queries { get; } = new();

    /// <summary>How many circuits the App holds open right now.</summary>
    public CircuitCounter Circuits { get; } = new();

    public Uri? BaseAddress { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Production")
            .ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CalJobs:DataDirectory"] = dataDirectory,
                ["CalJobs:Jobs:Storage"] = "InMemory",
                ["CalJobs:Jobs:RunServer"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            }))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .ConfigureTestServices(services =>
            {
                services.ConfigureDbContext<ConsoleDbContext>(options => options.AddInterceptors(Queries));
                // A closed tab's circuit is released at once instead of kept for reconnection, so the circuits of earlier visits
                // do not sit in the heap the memory-per-circuit figure compares.
                services.Configure<CircuitOptions>(options => options.DisconnectedCircuitMaxRetained = 0);
                services.AddScoped<CircuitHandler>(_ => new CountingCircuitHandler(Circuits));
            });

    /// <summary>Waits until the App holds exactly <paramref name="count"/> circuits, at most <paramref name="max"/>; true when it does.</summary>
    public async Task<bool> WaitForCircuitsAsync(int count, TimeSpan max)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Circuits.Open != count && clock.Elapsed < max)
            await Task.Delay(100);
        return Circuits.Open == count;
    }

    public Uri Start()
    {
        if (BaseAddress is not null)
            return BaseAddress;
        var port = FreeLoopbackPort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    private static int FreeLoopbackPort()
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
}

internal sealed class CircuitCounter
{
    private int open;

    public int Open => Volatile.Read(ref open);

    internal void Opened() => Interlocked.Increment(ref open);

    internal void Closed() => Interlocked.Decrement(ref open);
}

internal sealed class CountingCircuitHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Closed();
        return Task.CompletedTask;
    }
}
