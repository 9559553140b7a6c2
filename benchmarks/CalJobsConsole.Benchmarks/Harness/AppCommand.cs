using System.Diagnostics;
using System.Text;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>What one run of an App command did: its exit code, how long it took, its peak memory and what it printed.</summary>
internal sealed record CommandResult(int ExitCode, TimeSpan Elapsed, long PeakWorkingSetBytes, string Output, bool TimedOut)
{
    /// <summary>The last lines printed, for a report or an error message.</summary>
    public string Tail(int lines = 12) => string.Join('\n', Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}

/// <summary>
/// Runs the App's own command-line verbs (<c>create-operations-user</c>, <c>import</c>) as a separate process on the
/// benchmark's data folder: <c>dotnet CalJobsConsole.App.dll &lt;verb&gt; …</c> from the build the benchmark runs with (the App is a
/// project reference, so its Release binaries sit next to the benchmark's), Production environment, the data folder through
/// <c>CalJobs__DataDirectory</c> — the same settings a script on the server would use (docs/settings.md). The process
/// is always killed if it outlives its timeout.
/// </summary>
internal static class AppCommand
{
    private static readonly HashSet<Process> Running = [];

    static AppCommand()
    {
        // Ctrl+C or a kill of the benchmark must not leave an import running on its own.
        void KillAll()
        {
            lock (Running)
            {
                foreach (var process in Running)
                {
                    try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                }
            }
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    public static string AppAssembly => Path.Combine(AppContext.BaseDirectory, "CalJobsConsole.App.dll");

    public static async Task<CommandResult> RunAsync(string dataDirectory, IReadOnlyList<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppAssembly);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["CalJobs__DataDirectory"] = dataDirectory;
        start.Environment["CalJobs__Jobs__RunServer"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // An App without the verb ignores it and starts its web server instead: let it say so, on a port nobody uses.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        using var cancel = new CancellationTokenSource(timeout);
        var serverStarted = false;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                serverStarted = true;
                cancel.Cancel();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        var clock = Stopwatch.StartNew();
        process.Start();
        lock (Running)
            Running.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var sampler = Task.Run(async () =>
        {
            while (!process.HasExited)
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.PeakWorkingSet64);
                }
                catch (InvalidOperationException) { }
                await Task.Delay(200);
            }
        });
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        clock.Stop();
        lock (Running)
            Running.Remove(process);
        await sampler;
        lock (output)
        {
            if (serverStarted)
                return new CommandResult(-2, clock.Elapsed, peak,
                    output + $"The App started its web server instead: it has no '{arguments[0]}' command in this build.", TimedOut: false);
            return new CommandResult(timedOut ? -1 : process.ExitCode, clock.Elapsed, peak, output.ToString(), timedOut);
        }
    }
}
