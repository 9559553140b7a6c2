using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>DEA-1 by the daily job, without Hangfire: scheduled deactivations on their date, late accounts reported once a day.</summary>
public class DeactivationJobTests : AccountActTestBase
{
    [Fact]
    public async Task RunAsync_TheDayBeforeTheScheduledDate_LeavesTheAccountOpen()
    {
        var separation = await ScheduledAsync(days: 5);
        World.Clock.SetDate(separation.AddDays(-1), hour: 23);

        var run = await Job().RunAsync(JobProgress.None, Token);

        Assert.Empty(run.Deactivated);
        Assert.Equal(AccountStatus.Active, (await StoredAccountAsync()).Status);
    }

    [Fact]
    public async Task RunAsync_OnTheScheduledDate_DeactivatesOnTimeEndsSessionsAndAuditsWithTheRequest()
    {
        var separation = await ScheduledAsync(days: 5);
        var stampBefore = await StampAsync();
        World.Clock.SetDate(separation, hour: 0);

        var run = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal([Account.Id], run.Deactivated);
        var account = await StoredAccountAsync();
        Assert.Equal((AccountStatus.Deactivated, (DateOnly?)separation, (int?)0), (account.Status, account.DeactivatedOn, account.DeactivationDaysLate ?? 0));
        Assert.Equal(AccessRequestStatus.Fulfilled, (await StoredRequestAsync(account.ScheduledDeactivationRequestId!.Value)).Status);
        Assert.Equal(["AccessRequest.Fulfilled", "StaffAccount.Deactivated", "StaffAccount.DeactivationScheduled"],
            await AuditActionsAsync(account.ScheduledDeactivationRequestId!.Value));
        Assert.NotEqual(stampBefore, await StampAsync());
    }

    [Fact]
    public async Task RunAsync_TwiceAndAfterMissedDays_DeactivatesOnceRecordedLateByTheMissedDays()
    {
        var separation = await ScheduledAsync(days: 5);
        World.Clock.SetDate(separation.AddDays(3));

        var first = await Job().RunAsync(JobProgress.None, Token);
        var second = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal([Account.Id], first.Deactivated);
        Assert.Empty(second.Deactivated);
        Assert.Equal(3, (await StoredAccountAsync()).DeactivationDaysLate);
        Assert.Empty(first.ReportedLate);
    }

    [Fact]
    public async Task RunAsync_AnAccountOpenPastItsSeparation_IsReportedOnceADayToAdministratorsAndOperations()
    {
        await StoreWithAccountAsync();
        await ApprovedDeactivationAsync(World.Clock.Today); // approved, not carried out: the separation date passes
        World.Clock.AdvanceDays(1);

        var first = await Job().RunAsync(JobProgress.None, Token);
        var again = await Job().RunAsync(JobProgress.None, Token);
        World.Clock.AdvanceDays(1);
        var nextDay = await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal([Account.Id], first.ReportedLate);
        Assert.Empty(again.ReportedLate);
        Assert.Equal([Account.Id], nextDay.ReportedLate);
        Assert.Equal(2, Notifications.Sent.Count(n => n.Kind == "DeactivationLate"));
        var report = Notifications.Sent.First(n => n.Kind == "DeactivationLate");
        Assert.Contains(report.To, r => r.UserId == Administrator);
        Assert.Contains(report.Copy, r => r.UserId == Stored.OperationsUnitUserId);
        Assert.Equal(AccountStatus.Active, (await StoredAccountAsync()).Status);
    }

    [Fact]
    public async Task RunAsync_OnTheSeparationDateItself_ReportsNothing()
    {
        await StoreWithAccountAsync();
        await ApprovedDeactivationAsync(World.Clock.Today);

        Assert.Empty((await Job().RunAsync(JobProgress.None, Token)).ReportedLate);
    }

    private DeactivationJob Job() => new(Database, World.Business, Notifications, NullLogger<DeactivationJob>.Instance);

    /// <summary>The account's deactivation scheduled by its administrator for a separation date some days ahead.</summary>
    private async Task<DateOnly> ScheduledAsync(int days)
    {
        await StoreWithAccountAsync();
        var separation = World.Clock.Today.AddDays(days);
        var request = await ApprovedDeactivationAsync(separation);
        var outcome = await Deactivation(Administrator).DeactivateAsync(request.Id, request.Version, Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Assert.Equal((DateOnly?)separation, (await StoredAccountAsync()).ScheduledDeactivationOn);
        return separation;
    }

    private async Task<string?> StampAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.Id == Account.Id).Select(u => u.SecurityStamp).SingleAsync(Token);
    }
}
