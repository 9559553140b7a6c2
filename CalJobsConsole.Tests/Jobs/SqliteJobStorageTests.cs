using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>The default storage: the file hangfire.db in the host's own data folder, holding the schedule.</summary>
[Collection(AppHostCollection.Name)]
public class SqliteJobStorageTests
{
    [Fact]
    public async Task Start_WithTheDefaultStorage_KeepsTheScheduleInHangfireDbInTheDataFolder()
    {
        await using var factory = new TestAppFactory(settings: new Dictionary<string, string?>(TestAppFactory.OnSqlite) { ["CalJobs:Jobs:Storage"] = "SQLite" });

        var storage = factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        Assert.IsType<SQLiteStorage>(storage);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, JobServices.StorageFileName)));
        Assert.Equal([DatabaseBackupJob.Name, DeactivationJob.Name, MonitoringSampleJob.Name, NotificationEmailRetryJob.Name, OverdueRenewalSuspensionJob.Name, RenewalReminderJob.Name, TemporaryCredentialExpiryJob.Name],
            connection.GetRecurringJobs().Select(j => j.Id).Order());
    }
}
