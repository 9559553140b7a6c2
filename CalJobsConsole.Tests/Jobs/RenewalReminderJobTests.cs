using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Jobs;

/// <summary>REN-1: reminders at 30, 14, 7 and 1 days and once overdue, each (account, due date, threshold) exactly once.</summary>
public class RenewalReminderJobTests : RenewalJobTestBase
{
    private readonly RecordingNotificationSender _sender = new();

    private RenewalReminderJob Job(INotificationSender? sender = null) =>
        new(Database, sender ?? _sender, World.Business, NullLogger<RenewalReminderJob>.Instance);

    private static int DaysLeftAt(DateOnly day) => DueOn.DayNumber - day.DayNumber;

    [Fact]
    public async Task RunAsync_WhenRunTwiceEveryDayAcrossTheYearEnd_SendsOneReminderPerThresholdOnItsDay()
    {
        var account = await CreateAccountAsync("alex.rivera");
        var sentOn = new List<(int DaysLeft, string Subject)>();

        for (var day = DueOn.AddDays(-35); day <= DueOn.AddDays(5); day = day.AddDays(1))
        {
            World.Clock.SetDate(day, hour: 6);
            await Job().RunAsync(JobProgress.None, Token);
            World.Clock.SetDate(day, hour: 18);
            Assert.Equal(0, await Job().RunAsync(JobProgress.None, Token)); // the second run of the day sends nothing new
            sentOn.AddRange(_sender.Sent.Skip(sentOn.Count).Select(n => (DaysLeftAt(day), n.Subject)));
        }

        Assert.Equal([30, 14, 7, 1, 0], sentOn.Select(s => s.DaysLeft));
        Assert.All(_sender.Sent, n => Assert.Equal(account.Id, n.AccountId));
        Assert.Contains("overdue", sentOn[^1].Subject, StringComparison.OrdinalIgnoreCase);
        await using var db = Database.CreateDbContext();
        Assert.Equal([0, 1, 7, 14, 30], await db.RenewalReminders.Where(r => r.AccountId == account.Id && r.DueOn == DueOn)
            .OrderBy(r => r.Threshold).Select(r => r.Threshold).ToListAsync(Token));
    }

    [Fact]
    public async Task RunAsync_WhenAThresholdIsReached_TellsTheRequestorAndCopiesTheAreasAdministrators()
    {
        await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn.AddDays(-30));

        await Job().RunAsync(JobProgress.None, Token);

        var reminder = Assert.Single(_sender.Sent);
        Assert.Equal(RenewalReminderJob.Kind, reminder.Kind);
        Assert.Equal([World.RequestorId], reminder.To.Select(r => r.UserId));
        Assert.Equal([World.MisAdministrator.PersonId], reminder.Copy.Select(r => r.UserId));
        Assert.Contains("alex.rivera", reminder.Subject);
        Assert.Contains(DueOn.ToString("yyyy-MM-dd"), reminder.Body);
        Assert.Contains("30 day(s) left", reminder.Body);
        Assert.Contains("REN-1", reminder.Body);
        Assert.Contains("annual renewal request", reminder.Body);
    }

    [Fact]
    public async Task RunAsync_WhenDaysWereMissed_CatchesUpWithOneReminderForTheThresholdInForce()
    {
        await CreateAccountAsync("alex.rivera");

        World.Clock.SetDate(DueOn.AddDays(-10)); // 30 passed unsent, 14 in force
        await Job().RunAsync(JobProgress.None, Token);
        World.Clock.SetDate(DueOn.AddDays(-3)); // 7 in force
        await Job().RunAsync(JobProgress.None, Token);
        World.Clock.SetDate(DueOn.AddDays(-2));
        await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(["Renewal due in 10 day(s)", "Renewal due in 3 day(s)"], _sender.Sent.Select(n => n.Subject.Split(':')[0]));
    }

    [Fact]
    public async Task RunAsync_WhenTheSenderThrowsAfterKMessages_ARerunLeavesEveryReminderSentExactlyOnce()
    {
        var accounts = new List<StaffAccount>();
        foreach (var name in new[] { "ann.one", "ben.two", "cat.three", "dan.four" })
            accounts.Add(await CreateAccountAsync(name));
        World.Clock.SetDate(DueOn.AddDays(-7));
        var sender = new FailingAfterSender(k: 2);

        await Assert.ThrowsAsync<AggregateException>(() => Job(sender).RunAsync(JobProgress.None, Token));
        Assert.Equal(3, sender.Sent.Count); // the failed one was skipped, the others still went out
        Assert.Equal(1, await Job(sender).RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await Job(sender).RunAsync(JobProgress.None, Token));

        Assert.Equal(accounts.Select(a => a.Id).Order(), sender.Sent.Select(n => n.AccountId!.Value).Order());
        await using var db = Database.CreateDbContext();
        Assert.Equal(4, await db.RenewalReminders.CountAsync(r => r.Threshold == 7, Token));
    }

    [Fact]
    public async Task RunAsync_AfterARenewal_SendsNextYearsRemindersAgain()
    {
        var account = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn.AddDays(-30));
        await Job().RunAsync(JobProgress.None, Token);
        World.Clock.SetDate(DueOn.AddDays(-20));
        await RenewAsync(account.Id);
        var nextDue = World.Clock.Today.AddYears(1);

        World.Clock.SetDate(DueOn.AddDays(-1));
        await Job().RunAsync(JobProgress.None, Token); // the old due date no longer counts
        World.Clock.SetDate(nextDue.AddDays(-30));
        await Job().RunAsync(JobProgress.None, Token);

        Assert.Equal(2, _sender.Sent.Count);
        Assert.Contains(nextDue.ToString("yyyy-MM-dd"), _sender.Sent[1].Subject);
        await using var db = Database.CreateDbContext();
        Assert.Equal([DueOn, nextDue], await db.RenewalReminders.Where(r => r.Threshold == 30).OrderBy(r => r.Id).Select(r => r.DueOn).ToListAsync(Token));
    }

    [Fact]
    public async Task RunAsync_WhenTheAccountIsDeactivated_SendsNothing()
    {
        var account = await CreateAccountAsync("alex.rivera");
        World.Clock.SetDate(DueOn.AddDays(-40));
        await DeactivateAsync(account.Id);

        foreach (var daysBefore in new[] { 30, 14, 7, 1, 0, -3 })
        {
            World.Clock.SetDate(DueOn.AddDays(-daysBefore));
            await Job().RunAsync(JobProgress.None, Token);
        }

        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task RunAsync_ForADivisionAccount_CopiesOnlyTheSpocsWhoseCoverageTakesInTheOffice()
    {
        var narrowId = Guid.NewGuid();
        await using (var db = Database.CreateDbContext())
        {
            var division = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.Division.Id, Token);
            var designation = division.Designate(narrowId, World.Contact("Nia Narrow"), World.DivisionChiefId, World.Clock.Today,
                Stored.OperationsUnitUserId, SpocCoverage.Offices([World.OtherOffice.Id]));
            division.RecordTraining(designation.Id, World.Clock.Today, World.Clock.Today);
            await db.SaveChangesAsync(Token);
        }
        await SignedIn.AddUserAsync(Database, narrowId, "Nia Narrow", ConsoleRoles.CalJobsSpoc);
        await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(StaffKind.Edd, wsb: true), "wes.wsb");
        World.Clock.SetDate(DueOn.AddDays(-14));

        await Job().RunAsync(JobProgress.None, Token);

        var reminder = Assert.Single(_sender.Sent);
        Assert.Equal([World.Spoc.PersonId], reminder.Copy.Select(r => r.UserId));
    }

    [Fact]
    public async Task RenewalReminders_WhenTheSameKeyIsRecordedTwice_TheDatabaseRefusesIt()
    {
        var account = await CreateAccountAsync("alex.rivera");
        await using (var db = Database.CreateDbContext())
        {
            db.RenewalReminders.Add(RenewalReminder.Sent(account.Id, DueOn, 7, World.Clock.UtcNow));
            await db.SaveChangesAsync(Token);
        }

        await using var again = Database.CreateDbContext();
        again.RenewalReminders.Add(RenewalReminder.Sent(account.Id, DueOn, 7, World.Clock.UtcNow));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync(Token));
        Assert.True(DatabaseConstraint.IsUniqueViolation(refused));
    }
}
