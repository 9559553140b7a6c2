using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>Which transport carries e-mail: SMTP when a host is configured, the pickup folder in Development, none otherwise (with one warning).</summary>
public sealed class MailTransportSelectionTests : IDisposable
{
    private readonly string _dataFolder = System.IO.Directory.CreateTempSubdirectory("caljobs-mail-select-").FullName;
    private readonly CapturedLogs _logs = new();

    public void Dispose() => System.IO.Directory.Delete(_dataFolder, recursive: true);

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Transport_WhenAnSmtpHostIsConfigured_IsSmtpInAnyEnvironment(string environment)
    {
        using var services = Build(environment, new() { ["CalJobs:Mail:Smtp:Host"] = "smtp.example.gov", ["CalJobs:Mail:Smtp:Port"] = "2525",
            ["CalJobs:Mail:Smtp:Security"] = "SslOnConnect" });

        var transport = Assert.IsType<SmtpMailTransport>(services.GetRequiredService<IMailTransport>());

        Assert.Equal("SMTP smtp.example.gov:2525 (SslOnConnect)", transport.Description);
    }

    [Fact]
    public void Transport_WhenNoHostInDevelopment_IsThePickupFolderUnderTheDataDirectory()
    {
        using var services = Build(Environments.Development);

        var transport = Assert.IsType<PickupFolderMailTransport>(services.GetRequiredService<IMailTransport>());

        Assert.Equal(Path.Combine(_dataFolder, "mail-pickup"), transport.Folder);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Transport_WhenNoHostOutsideDevelopment_IsNoneAndStartupWarnsOnce(string environment)
    {
        using var services = Build(environment);

        Assert.False(Assert.IsType<NoMailTransport>(services.GetRequiredService<IMailTransport>()).Delivers);
        foreach (var hosted in services.GetServices<IHostedService>())
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("CalJobs:Mail:Smtp:Host", warning.Text);
    }

    [Fact]
    public void Options_WhenTheFromAddressIsNotAnAddress_AreRefused()
    {
        using var services = Build(Environments.Production, new() { ["CalJobs:Mail:FromAddress"] = "not an address" });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.Contains("FromAddress", refusal.Message);
    }

    private ServiceProvider Build(string environment, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(_logs);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(new DataDirectory(_dataFolder));
        services.AddSingleton(TimeProvider.System);
        services.AddConsoleNotifications(configuration, new HostingEnvironment { EnvironmentName = environment });
        return services.BuildServiceProvider();
    }
}
