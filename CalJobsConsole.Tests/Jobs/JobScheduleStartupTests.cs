using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>A schedule in the settings that is not cron (by Hangfire's own parser) stops start-up, and the message names the setting.</summary>
[Collection(AppHostCollection.Name)]
public class JobScheduleStartupTests
{
    private const string Setting = "CalJobs:Jobs:Deactivation:Cron";

    [Theory]
    [InlineData("every hour")]
    [InlineData("61 * * * *")]
    public void RegisterAll_WhenACronSettingIsInvalid_ThrowsNamingTheSetting(string cron)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Setting] = cron }).Build();
        var schedule = new JobSchedule(new RecurringJobManager(new InMemoryStorage()), configuration, new BusinessClock(TimeProvider.System), new JobCatalogue(JobSchedule.Jobs));

        var invalid = Assert.Throws<InvalidJobScheduleException>(schedule.RegisterAll);

        Assert.Equal(Setting, invalid.Setting);
        Assert.Contains($"{Setting} = '{cron}' is not a valid cron expression", invalid.Message);
    }

    [Fact]
    public async Task Start_WhenACronSettingIsInvalid_StopsAndLogsTheSettingsName()
    {
        var logs = new CapturedLogs();
        await using var factory = new TestAppFactory(settings: new Dictionary<string, string?> { [Setting] = "every hour" });
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        var failure = Record.Exception(() => host.Services);

        Assert.NotNull(failure);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Critical && e.Text.Contains($"{Setting} = 'every hour' is not a valid cron expression"));
    }
}
