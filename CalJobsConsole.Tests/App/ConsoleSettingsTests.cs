using System.Text.Json;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.Tests.Architecture;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.App;

/// <summary>
/// The root appsettings.json is the operator's one settings file: a test host reads it, environment variables
/// override it, and CalJobs:DataDirectory moves the console's files. Hosts here read process environment
/// variables, so this class runs alone.
/// </summary>
[Collection(AppHostCollection.Name)]
public class ConsoleSettingsTests
{
    [Fact]
    public async Task TestHost_WhenStarted_ReadsTheRepositoryRootSettingsFile()
    {
        using var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(DomainIndependenceTests.RepositoryRoot(), "appsettings.json")));
        var expectedZone = root.RootElement.GetProperty("CalJobs").GetProperty("BusinessTimeZone").GetString();
        await using var factory = new TestAppFactory("Production");

        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(expectedZone, configuration["CalJobs:BusinessTimeZone"]);
        Assert.Equal(root.RootElement.GetProperty("CalJobs").GetProperty("AttestationValidityMonths").GetInt32(),
            factory.Services.GetRequiredService<global::CalJobsConsole.Domain.Common.AttestationPolicy>().ValidityMonths);
    }

    [Fact]
    public void DataDirectory_WhenEnvironmentVariableSet_MovesTheDataFolderThere()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caljobs-test-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("CalJobs__DataDirectory", folder);
        try
        {
            // A plain factory: TestAppFactory sets its own data folder, which would hide the variable.
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Production")
                .UseSetting("CalJobs:DataProtection:CertificatePath", TestCertificates.Shared.Path)
                .UseSetting("CalJobs:DataProtection:CertificatePassword", TestCertificates.Shared.Password));

            var data = factory.Services.GetRequiredService<DataDirectory>();

            Assert.Equal(Path.GetFullPath(folder), data.Path);
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CalJobs__DataDirectory", null);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AttestationPolicy_WhenEnvironmentVariableSet_TakesTheOverride()
    {
        Environment.SetEnvironmentVariable("CalJobs__AttestationValidityMonths", "6");
        try
        {
            await using var factory = new TestAppFactory("Production");

            Assert.Equal(6, factory.Services.GetRequiredService<global::CalJobsConsole.Domain.Common.AttestationPolicy>().ValidityMonths);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CalJobs__AttestationValidityMonths", null);
        }
    }

    [Fact]
    public async Task SignInPage_WhenRequestedFromATestHost_IsServedFromItsOwnDataFolder()
    {
        await using var factory = new TestAppFactory(settings: TestAppFactory.OnSqlite);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("Sign in", html);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, CalJobsConsole.App.Data.DatabaseServices.DatabaseFileName)));
    }

    [Fact]
    public async Task TestHost_WhenItsFakeClockIsMoved_TheAppsBusinessDateFollowsInCalifornia()
    {
        await using var factory = new TestAppFactory("Production");
        var clock = factory.Services.GetRequiredService<global::CalJobsConsole.Domain.Common.BusinessClock>();

        factory.Time.SetUtcNow(new DateTimeOffset(2027, 7, 2, 3, 30, 0, TimeSpan.Zero)); // 20:30 on July 1 in California

        Assert.Equal(new DateOnly(2027, 7, 1), clock.Today);
    }

    [Fact]
    public void RelativeDataDirectory_WhenResolved_IsTakenFromTheContentRoot()
    {
        var options = new CalJobsOptions { DataDirectory = "data" };

        Assert.Equal(Path.GetFullPath("/srv/app/data"), options.ResolveDataDirectory("/srv/app"));
        Assert.Equal(Path.GetFullPath("/var/caljobs"), new CalJobsOptions { DataDirectory = "/var/caljobs" }.ResolveDataDirectory("/srv/app"));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppHostCollection
{
    public const string Name = "App host";
}
