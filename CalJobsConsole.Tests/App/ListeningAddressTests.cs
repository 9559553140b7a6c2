using System.Diagnostics;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// Issue 19: the standard variables that containers and hosting panels set decide where the console listens. The settings
/// file sets no <c>Urls</c> (which would override <c>ASPNETCORE_URLS</c>); the README's <c>http://localhost:5080</c> comes from the
/// launch profile that <c>dotnet run</c> uses.
/// </summary>
public class ListeningAddressTests
{
    [Fact]
    public async Task App_WithAspNetCoreUrlsAndNoLaunchProfile_ListensThere()
    {
        var token = TestContext.Current.CancellationToken;
        var port = TestAppFactory.FreeLoopbackPort();
        var data = Directory.CreateTempSubdirectory("caljobs-urls-").FullName;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CalJobsConsole.App.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["CalJobs__DataDirectory"] = data;
        start.Environment["CalJobs__Jobs__RunServer"] = "false";
        // Plain HTTP: a trial without TLS (WebHardeningTests covers the HTTPS a real deployment requires).
        start.Environment["CalJobs__Web__RequireHttps"] = "false";
        start.Environment["CalJobs__DataProtection__CertificatePath"] = TestCertificates.Shared.Path;
        start.Environment["CalJobs__DataProtection__CertificatePassword"] = TestCertificates.Shared.Password;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment.Remove("Urls");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        using var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Now listening on:", StringComparison.Ordinal) == true)
                listening.TrySetResult(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var line = await listening.Task.WaitAsync(TimeSpan.FromSeconds(90), token);
            Assert.Contains($"http://127.0.0.1:{port}", line);
            using var client = new HttpClient();
            var response = await client.GetAsync($"http://127.0.0.1:{port}/Account/Login", token);
            Assert.True(response.IsSuccessStatusCode, $"GET /Account/Login answered {(int)response.StatusCode}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void SettingsFile_SetsNoUrls_AndTheLaunchProfileKeepsTheReadmesAddress()
    {
        var root = CalJobsConsole.Tests.Architecture.DomainIndependenceTests.RepositoryRoot();

        Assert.DoesNotContain("\"Urls\"", File.ReadAllText(Path.Combine(root, "appsettings.json")));
        Assert.Contains("\"applicationUrl\": \"http://localhost:5080\"",
            File.ReadAllText(Path.Combine(root, "CalJobsConsole.App", "Properties", "launchSettings.json")));
    }
}
