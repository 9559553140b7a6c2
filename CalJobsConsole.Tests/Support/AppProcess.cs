using System.Diagnostics;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// The App's own entry point in a process of its own, in Production, against a data folder: for the command-line commands,
/// which run and exit before the web server starts.
/// </summary>
public static class AppProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string dataFolder, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var token = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "CalJobsConsole.App.dll") }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["CalJobs__DataDirectory"] = dataFolder;
        // Production wants a key-protection certificate: the one every test host shares.
        start.Environment["CalJobs__DataProtection__CertificatePath"] = TestCertificates.Shared.Path;
        start.Environment["CalJobs__DataProtection__CertificatePassword"] = TestCertificates.Shared.Password;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(token);
        var errors = process.StandardError.ReadToEndAsync(token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }
}
