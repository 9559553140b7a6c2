using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>Issue 7 item 4: every notification stored with its recipients and e-mail state; a relay that is down loses nothing.</summary>
public class NotificationDeliveryTests : NotificationTestBase
{
    [Fact]
    public async Task SendAsync_WhenTheRelayIsDown_CallerSucceedsInAppMessagesSavedAndTheEmailFailedWithItsErrorAndARetryScheduled()
    {
        await Sender(new ScriptedTransport(failures: 1)).SendAsync(Credentials(), Token);

        var stored = await StoredAsync();
        Assert.Equal(EmailDeliveryState.Failed, stored.EmailState);
        Assert.Equal(1, stored.EmailAttempts);
        Assert.Equal("IOException: relay refused the connection", stored.LastError);
        Assert.Equal(Clock.UtcNow, stored.LastAttemptAt);
        Assert.Equal(Clock.UtcNow + MailSettings.RetryDelayAfter(1), stored.NextAttemptAt);
        Assert.Null(stored.SentAt);
        Assert.Equal(Secret, Protector.TryUnprotect(stored.ProtectedSecret!));
        Assert.Contains(OutgoingNotification.SecretPlaceholder, stored.Body);
        await using var db = Database.CreateDbContext();
        Assert.Equal([stored.Id, stored.Id], await db.InAppMessages.Select(m => m.NotificationId!.Value).ToListAsync(Token));
        var (job, state) = Assert.Single(Jobs.Created);
        Assert.Equal(nameof(NotificationEmailRetryJob), job.Type.Name);
        Assert.Equal(nameof(NotificationEmailRetryJob.RetryAsync), job.Method.Name);
        Assert.Equal(stored.Id, job.Args[0]);
        Assert.IsType<ScheduledState>(state);
        Assert.DoesNotContain(Secret, Logs.AllText);
    }

    [Fact]
    public async Task SendAsync_WhenTheRelayWorks_StoresTheRecipientsAndTheEmailAsSentWithTheSecretRemoved()
    {
        var transport = new ScriptedTransport();

        await Sender(transport).SendAsync(Credentials(), Token);

        var stored = await StoredAsync();
        Assert.Equal(EmailDeliveryState.Sent, stored.EmailState);
        Assert.Equal(Clock.UtcNow, stored.SentAt);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(Clock.UtcNow, stored.SecretRemovedAt);
        Assert.Equal([("Jamie Nguyen", false, (Guid?)StaffId), ("Riley Requestor", true, RequestorId)],
            stored.Recipients.Select(r => (r.Name, r.IsCopy, r.UserId)).OrderBy(r => r.IsCopy).ToList());
        var mail = Assert.Single(transport.Delivered);
        Assert.Contains($"Temporary password: {Secret}", ((TextPart)mail.Body).Text);
        Assert.Empty(Jobs.Created);
    }

    [Fact]
    public async Task RetryJob_WhenTheRelayWorksAgain_SendsExactlyOnceAndASecondRunSendsNothing()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        Clock.Advance(MailSettings.RetryDelayAfter(1));
        var job = RetryJob(transport);

        Assert.Equal(1, await job.RunAsync(JobProgress.None, Token));
        Assert.Equal(0, await job.RunAsync(JobProgress.None, Token));
        Assert.Equal(EmailDeliveryState.Sent, await job.RetryAsync((await StoredAsync()).Id, Token));

        var mail = Assert.Single(transport.Delivered);
        Assert.Contains(Secret, ((TextPart)mail.Body).Text);
        var stored = await StoredAsync();
        Assert.Equal((EmailDeliveryState.Sent, 2, (string?)null), (stored.EmailState, stored.EmailAttempts, stored.ProtectedSecret));
    }

    [Fact]
    public async Task RetryJob_WhenNotYetDue_DoesNotAttempt()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        Clock.Advance(MailSettings.RetryDelayAfter(1) - TimeSpan.FromSeconds(1));

        Assert.Equal(0, await RetryJob(transport).RunAsync(JobProgress.None, Token));

        Assert.Equal(1, transport.Calls);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task RetryJob_WhenTheRelayFailsTheFirstKAttempts_SendsOnceAtAttemptKPlusOneWithDoublingWaits(int k)
    {
        var transport = new ScriptedTransport(failures: k);
        await Sender(transport).SendAsync(Credentials(), Token);
        var job = RetryJob(transport);

        for (var failed = 1; failed < k; failed++)
        {
            var before = await StoredAsync();
            Assert.Equal((EmailDeliveryState.Failed, failed), (before.EmailState, before.EmailAttempts));
            Assert.Equal(before.LastAttemptAt + MailSettings.RetryDelayAfter(failed), before.NextAttemptAt);
            Clock.Advance(MailSettings.RetryDelayAfter(failed));
            Assert.Equal(0, await job.RunAsync(JobProgress.None, Token));
        }
        Clock.Advance(MailSettings.RetryDelayAfter(k));
        Assert.Equal(1, await job.RunAsync(JobProgress.None, Token));

        var stored = await StoredAsync();
        Assert.Equal((EmailDeliveryState.Sent, k + 1), (stored.EmailState, stored.EmailAttempts));
        Assert.Single(transport.Delivered);
        Assert.Equal(k + 1, transport.Calls);
        Assert.Equal(k, Jobs.Created.Count);
    }

    [Fact]
    public async Task RetryAsync_WhenTwoWorkersRetryTheSameEmailAtOnce_SendsItOnce()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        Clock.Advance(MailSettings.RetryDelayAfter(1));
        transport.Delay = TimeSpan.FromMilliseconds(300);
        var id = (await StoredAsync()).Id;

        var results = await Task.WhenAll(
            Task.Run(() => RetryJob(transport).RetryAsync(id, Token), Token),
            Task.Run(() => RetryJob(transport).RetryAsync(id, Token), Token));

        Assert.Single(transport.Delivered);
        Assert.Equal(2, transport.Calls);
        Assert.Contains(EmailDeliveryState.Sent, results);
        Assert.Equal(2, (await StoredAsync()).EmailAttempts);
    }

    [Fact]
    public async Task RetryJob_WhenAWorkerDiedMidSend_AttemptsAgainOnlyAfterItsClaimLapses()
    {
        var transport = new ScriptedTransport();
        using var dying = CancellationTokenSource.CreateLinkedTokenSource(Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(new DyingTransport(dying)).SendAsync(Credentials(), dying.Token));
        Assert.Equal(EmailDeliveryState.Sending, (await StoredAsync()).EmailState);

        Assert.Equal(0, await RetryJob(transport).RunAsync(JobProgress.None, Token));
        Clock.Advance(NotificationEmailDelivery.ClaimLease);
        Assert.Equal(1, await RetryJob(transport).RunAsync(JobProgress.None, Token));

        Assert.Single(transport.Delivered);
    }

    [Fact]
    public async Task Delivery_WhenItFailsMaxAttemptsTimes_GivesUpWithTheLastErrorAndRemovesTheSecret()
    {
        MailSettings.MaxAttempts = 3;
        var transport = new ScriptedTransport(failures: 100);
        await Sender(transport).SendAsync(Credentials(), Token);
        for (var failed = 1; failed < 3; failed++)
        {
            Clock.Advance(MailSettings.RetryDelayAfter(failed));
            await RetryJob(transport).RunAsync(JobProgress.None, Token);
        }
        Clock.Advance(TimeSpan.FromHours(3));
        await RetryJob(transport).RunAsync(JobProgress.None, Token);

        var stored = await StoredAsync();
        Assert.Equal((EmailDeliveryState.GaveUp, 3), (stored.EmailState, stored.EmailAttempts));
        Assert.Equal("IOException: relay refused the connection", stored.LastError);
        Assert.Null(stored.NextAttemptAt);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(3, transport.Calls);
        Assert.Equal(2, Jobs.Created.Count);
    }

    [Fact]
    public async Task RetryJob_WhenTheSecretExpiredBeforeTheRelayCameBack_GivesUpWithTheReasonAndNeverSendsWithoutThePassword()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        transport.FailuresLeft = 0;
        Clock.Advance(InAppMessage.SecretLifetime);

        await RetryJob(transport).RunAsync(JobProgress.None, Token);

        var stored = await StoredAsync();
        Assert.Equal(EmailDeliveryState.GaveUp, stored.EmailState);
        Assert.Equal(NotificationEmailDelivery.SecretExpiredReason, stored.LastError);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(Clock.UtcNow, stored.SecretRemovedAt);
        Assert.Empty(transport.Delivered);
    }

    [Fact]
    public async Task RetryAsync_WhenTheSecretExpiredAndTheSweepHasNotRun_GivesUpAtTheAttempt()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        transport.FailuresLeft = 0;
        Clock.Advance(InAppMessage.SecretLifetime);

        Assert.Equal(EmailDeliveryState.GaveUp, await RetryJob(transport).RetryAsync((await StoredAsync()).Id, Token));

        Assert.Equal(NotificationEmailDelivery.SecretExpiredReason, (await StoredAsync()).LastError);
        Assert.Empty(transport.Delivered);
    }

    [Fact]
    public async Task RemoveSecretsAsync_WhenTheEmailIsPending_RemovesItsSecretAndItGivesUpInsteadOfSendingWithoutIt()
    {
        var transport = new ScriptedTransport(failures: 1);
        await Sender(transport).SendAsync(Credentials(), Token);
        transport.FailuresLeft = 0;

        await Sender(transport).RemoveSecretsAsync(AccountId, Token);

        var stored = await StoredAsync();
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(Clock.UtcNow, stored.SecretRemovedAt);
        Assert.Equal(EmailDeliveryState.GaveUp, stored.EmailState);
        Assert.Equal(NotificationEmailDelivery.SecretGoneReason, stored.LastError);
        Clock.Advance(TimeSpan.FromHours(1));
        await RetryJob(transport).RunAsync(JobProgress.None, Token);
        Assert.Equal(EmailDeliveryState.GaveUp, await Delivery(transport).AttemptAsync(stored.Id, now: true, Token));
        Assert.Empty(transport.Delivered);
    }

    [Fact]
    public async Task AttemptAsync_WhenTheEmailWasSent_NeverSendsItAgainEvenWhenAskedNow()
    {
        var transport = new ScriptedTransport();
        await Sender(transport).SendAsync(new OutgoingNotification("reminder.renewal", "Renewal due", "Your renewal is due.", [Staff()], [Requestor()]), Token);

        Assert.Equal(EmailDeliveryState.Sent, await Delivery(transport).AttemptAsync((await StoredAsync()).Id, now: true, Token));

        Assert.Single(transport.Delivered);
        Assert.Equal(1, (await StoredAsync()).EmailAttempts);
    }

    [Fact]
    public async Task SendAsync_WhenMailIsOff_StoresTheNotificationAsNotNeededWithoutItsSecret()
    {
        await Sender(new NoMailTransport()).SendAsync(Credentials(), Token);

        var stored = await StoredAsync();
        Assert.Equal(EmailDeliveryState.NotNeeded, stored.EmailState);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(0, stored.EmailAttempts);
        Assert.Equal(2, stored.Recipients.Count);
    }

    [Fact]
    public async Task SendAsync_WhenNobodyHasAnAddress_StoresTheNotificationAsNotNeeded()
    {
        var transport = new ScriptedTransport();

        await Sender(transport).SendAsync(Credentials(Staff(email: null), Requestor(email: null)), Token);

        Assert.Equal(EmailDeliveryState.NotNeeded, (await StoredAsync()).EmailState);
        Assert.Equal(0, transport.Calls);
    }

    /// <summary>The worker is stopped while the relay has the e-mail: its claim stays, as after a crash.</summary>
    private sealed class DyingTransport(CancellationTokenSource worker) : IMailTransport
    {
        public string Description => "relay of a dying worker";

        public bool Delivers => true;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            await worker.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private NotificationEmailRetryJob RetryJob(IMailTransport transport) =>
        new(Database, Delivery(transport), Clock.Business, Logs.For<NotificationEmailRetryJob>());

    private async Task<Notification> StoredAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Notifications.AsNoTracking().SingleAsync(Token);
    }
}
