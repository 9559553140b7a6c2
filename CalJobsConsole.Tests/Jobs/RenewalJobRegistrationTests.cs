using CalJobsConsole.App.Jobs;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>The renewal jobs as the scheduler will get them: from the App's container, run on the seeded demo data.</summary>
public class RenewalJobRegistrationTests
{
    [Fact]
    public async Task AddRenewalJobs_FromTheAppContainer_RunOnTheDemoDataAndASecondRunDoesNothingNew()
    {
        await using var app = new TestAppFactory();
        var token = TestContext.Current.CancellationToken;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<RenewalReminderJob>().RunAsync(JobProgress.None, token) > 0); // alex.rivera is overdue
            await scope.ServiceProvider.GetRequiredService<OverdueRenewalSuspensionJob>().RunAsync(JobProgress.None, token);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RenewalReminderJob>().RunAsync(JobProgress.None, token));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<OverdueRenewalSuspensionJob>().RunAsync(JobProgress.None, token));
        }
    }
}
