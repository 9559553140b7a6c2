using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>The Operations Unit's outbox: states, errors, filtering and paging in the database, "Retry now"; SCO-1 for anyone else.</summary>
public class OutboxServiceTests : NotificationTestBase
{
    private Guid _opsId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _opsId = await SignedIn.AddUserAsync(Database, "Olivia Ortiz", ConsoleRoles.OperationsUnit);
    }

    [Fact]
    public async Task ListAsync_WhenAnEmailFailed_ShowsItsStateAttemptsErrorAndNextAttemptWithoutBodyOrSecret()
    {
        await Sender(new ScriptedTransport(failures: 1)).SendAsync(Credentials(), Token);

        var page = await Outbox(_opsId).ListAsync(null, cancellationToken: Token);

        var line = Assert.Single(page.Lines);
        Assert.Equal((EmailDeliveryState.Failed, 1, 2, "IOException: relay refused the connection"), (line.State, line.Attempts, line.Recipients, line.LastError));
        Assert.Equal(Clock.Business.ToBusinessTime(Clock.UtcNow + MailSettings.RetryDelayAfter(1)), line.NextAttemptAt);
        Assert.True(line.CanRetry);
        Assert.DoesNotContain(Secret, line.ToString());
    }

    [Fact]
    public async Task ListAsync_WhenFilteredByStateAndPaged_CountsAndPagesInTheDatabase()
    {
        for (var i = 0; i < 3; i++)
        {
            await Sender(new ScriptedTransport(failures: 1)).SendAsync(Reminder($"Failed {i}"), Token);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await Sender(new ScriptedTransport()).SendAsync(Reminder("Sent"), Token);

        var failed = await Outbox(_opsId).ListAsync(EmailDeliveryState.Failed, pageIndex: 1, pageSize: 2, Token);
        var sent = await Outbox(_opsId).ListAsync(EmailDeliveryState.Sent, cancellationToken: Token);

        Assert.Equal((3, 2), (failed.Total, failed.PageCount));
        Assert.Equal("Failed 0", Assert.Single(failed.Lines).Subject);
        Assert.Equal("Sent", Assert.Single(sent.Lines).Subject);
    }

    [Fact]
    public async Task RetryNowAsync_WhenTheRelayIsBack_SendsAtOnceBeforeTheNextAttemptAndIsAudited()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        var id = (await Outbox(_opsId).ListAsync(null, cancellationToken: Token)).Lines[0].Id;

        Assert.Equal(EmailDeliveryState.Sent, (await Outbox(_opsId, transport).RetryNowAsync(id, Token)).Value);

        Assert.Single(transport.Delivered);
        await using var db = Database.CreateDbContext();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "Notification.EmailRetriedNow", Token);
        Assert.Equal((_opsId, id), (audit.ActorId!.Value, audit.EntityId));
    }

    [Fact]
    public async Task RetryNowAsync_WhenTheEmailGaveUp_GivesItOneMoreAttempt()
    {
        MailSettings.MaxAttempts = 1;
        var transport = new ScriptedTransport(failures: 2);
        await Sender(transport).SendAsync(Reminder("Renewal due"), Token);
        var id = (await Outbox(_opsId).ListAsync(EmailDeliveryState.GaveUp, cancellationToken: Token)).Lines.Single().Id;

        Assert.Equal(EmailDeliveryState.GaveUp, (await Outbox(_opsId, transport).RetryNowAsync(id, Token)).Value);
        Assert.Equal(EmailDeliveryState.Sent, (await Outbox(_opsId, transport).RetryNowAsync(id, Token)).Value);

        Assert.Equal(3, transport.Calls);
        Assert.Single(transport.Delivered);
    }

    [Fact]
    public async Task ListAndRetry_WhenTheUserIsNotInTheOperationsUnit_AreRefusedWithSco1AndNothingIsSent()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        var id = (await Outbox(_opsId).ListAsync(null, cancellationToken: Token)).Lines[0].Id;

        var list = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Outbox(RequestorId).ListAsync(null, cancellationToken: Token));
        var retry = await Outbox(StaffId, transport).RetryNowAsync(id, Token);
        var anonymous = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Outbox(null).ListAsync(null, cancellationToken: Token));

        Assert.All([list.BrokenRules, retry.BrokenRules, anonymous.BrokenRules], refused => Assert.Equal(RuleCode.Sco1, Assert.Single(refused).Rule));
        Assert.Equal(1, transport.Calls);
    }

    [Fact]
    public async Task ListAsync_WhenTheOperationsUnitRoleIsTakenAway_IsRefusedAtTheNextCall()
    {
        var outbox = Outbox(_opsId);
        await outbox.ListAsync(null, cancellationToken: Token);

        await SignedIn.RemoveRoleAsync(Database, _opsId, ConsoleRoles.OperationsUnit);

        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => outbox.ListAsync(null, cancellationToken: Token));
    }

    private OutboxService Outbox(Guid? userId, IMailTransport? transport = null) =>
        new(Database, SignedIn.ScopeFor(Database, userId), Delivery(transport ?? new ScriptedTransport()), Clock.Business);

    private OutgoingNotification Reminder(string subject) =>
        new("reminder.renewal", subject, "Your renewal is due.", [Staff()], [Requestor()], AccountId);
}
