using CalJobsConsole.App.Data;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.Domain.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// One attempt at a stored notification's e-mail. The attempt is first claimed with one conditional UPDATE on the
/// state and the attempt count it read, so of two workers (the sender, a scheduled retry, the sweep, "Retry now") only
/// one sends; a Sent e-mail is never claimed again. A failure is recorded (the exception's type and message) and a
/// retry scheduled with Hangfire after a doubling delay; after <see cref="MailOptions.MaxAttempts"/> it gives up. An
/// e-mail whose secret expired or was removed is never sent without it: it gives up with that reason.
/// </summary>
public sealed class NotificationEmailDelivery(IDbContextFactory<ConsoleDbContext> contexts, SecretProtector secrets, IMailTransport mail,
    IOptions<MailOptions> options, BusinessClock clock, IBackgroundJobClient jobs, ILogger<NotificationEmailDelivery> logger)
{
    /// <summary>How long a claim holds: a worker that died mid-send leaves the e-mail due again after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    public const string SecretGoneReason = "Not sent: its temporary password was used or removed before the e-mail could be delivered (CRD-1).";
    public const string SecretExpiredReason = "Not sent: its temporary password expired (24 hours, CRD-1) before the e-mail could be delivered.";
    public const string SecretUnreadableReason = "Not sent: its temporary password could not be decrypted (Data Protection key lost or revoked).";
    public const string NoAddressReason = "Not sent: no recipient address could be read.";
    public const string MailOffReason = "Not sent: e-mail is off on this server (no SMTP host configured).";

    /// <summary>
    /// Attempts the e-mail if it is due (<paramref name="now"/> ignores the due time: "Retry now", which also gives a
    /// given-up e-mail one more attempt). Returns the state it left, or null when there is no such notification or
    /// another worker holds it.
    /// </summary>
    public async Task<EmailDeliveryState?> AttemptAsync(Guid notificationId, bool now = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        var at = clock.UtcNow;
        if (notification is null || !IsDue(notification, at, now))
            return notification?.EmailState;
        var attempt = notification.EmailAttempts + 1;
        var claimed = await db.Notifications
            .Where(n => n.Id == notificationId && n.EmailAttempts == notification.EmailAttempts && n.EmailState == notification.EmailState)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, EmailDeliveryState.Sending).SetProperty(n => n.EmailAttempts, attempt)
                .SetProperty(n => n.LastAttemptAt, at).SetProperty(n => n.NextAttemptAt, at + ClaimLease), cancellationToken);
        if (claimed == 0)
        {
            logger.LogDebug("Notification {Notification}: attempt {Attempt} was claimed by another worker.", notification.ToString(), attempt);
            return null;
        }

        string? secret = null;
        if (notification.NeedsSecret)
        {
            var reason = notification.ProtectedSecret is null ? SecretGoneReason
                : notification.SecretExpiredAt(at) ? SecretExpiredReason
                : (secret = secrets.TryUnprotect(notification.ProtectedSecret)) is null ? SecretUnreadableReason : null;
            if (reason is not null)
                return await FinishAsync(db, notification, attempt, EmailDeliveryState.GaveUp, reason, cancellationToken);
        }
        if (!mail.Delivers)
            return await FinishAsync(db, notification, attempt, EmailDeliveryState.GaveUp, MailOffReason, cancellationToken);
        var outgoing = notification.ToOutgoing(secret);
        var message = NotificationEmail.Compose(outgoing, options.Value, at);
        if (message is null)
            return await FinishAsync(db, notification, attempt, EmailDeliveryState.GaveUp, NoAddressReason, cancellationToken);
        var withAddress = notification.Recipients.Where(r => r.Email is not null).Select(r => r.Email!.ToLowerInvariant()).Distinct().Count();
        if (message.To.Count + message.Cc.Count < withAddress)
            logger.LogWarning("Notification {Notification}: {Count} recipient address(es) could not be read and were left out.",
                notification.ToString(), withAddress - message.To.Count - message.Cc.Count);

        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(db, notification, attempt, Notification.Describe(ex, secret), cancellationToken);
        }
        logger.LogInformation("Notification {Notification}: e-mail sent through {Transport} to {Count} address(es) at attempt {Attempt}.",
            notification.ToString(), mail.Description, message.To.Count + message.Cc.Count, attempt);
        return await FinishAsync(db, notification, attempt, EmailDeliveryState.Sent, error: null, cancellationToken);
    }

    /// <summary>Pending or failed and due, or claimed by a worker whose claim lapsed; with <paramref name="now"/>, also not yet due or given up.</summary>
    public static bool IsDue(Notification notification, DateTimeOffset at, bool now) => notification.EmailState switch
    {
        EmailDeliveryState.Pending or EmailDeliveryState.Failed => now || notification.NextAttemptAt is null || notification.NextAttemptAt <= at,
        EmailDeliveryState.Sending => notification.NextAttemptAt is null || notification.NextAttemptAt <= at,
        EmailDeliveryState.GaveUp => now,
        _ => false,
    };

    private async Task<EmailDeliveryState> FailAsync(ConsoleDbContext db, Notification notification, int attempt, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (attempt >= settings.MaxAttempts)
        {
            logger.LogError("Notification {Notification}: e-mail through {Transport} failed at attempt {Attempt} of {Max} ({Error}); gave up.",
                notification.ToString(), mail.Description, attempt, settings.MaxAttempts, error);
            return await FinishAsync(db, notification, attempt, EmailDeliveryState.GaveUp, error, cancellationToken);
        }
        var delay = settings.RetryDelayAfter(attempt);
        var next = clock.UtcNow + delay;
        await db.Notifications.Where(n => n.Id == notification.Id && n.EmailAttempts == attempt && n.EmailState == EmailDeliveryState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, EmailDeliveryState.Failed).SetProperty(n => n.LastError, error)
                .SetProperty(n => n.NextAttemptAt, next), cancellationToken);
        logger.LogError("Notification {Notification}: e-mail through {Transport} failed at attempt {Attempt} ({Error}); retried in {Delay}.",
            notification.ToString(), mail.Description, attempt, error, delay);
        try
        {
            // The notification's id only: the retry reads everything else from the database.
            var id = notification.Id;
            jobs.Schedule<NotificationEmailRetryJob>(job => job.RetryAsync(id, CancellationToken.None), delay);
        }
        catch (Exception ex)
        {
            // The sweep (NotificationEmailRetryJob.RunAsync) still finds it when due.
            logger.LogWarning("Notification {Notification}: the retry could not be scheduled ({Error}); the sweep will retry it.",
                notification.ToString(), ex.GetType().Name);
        }
        return EmailDeliveryState.Failed;
    }

    /// <summary>Sent or given up: no next attempt, and the kept secret removed.</summary>
    private async Task<EmailDeliveryState> FinishAsync(ConsoleDbContext db, Notification notification, int attempt, EmailDeliveryState state, string? error,
        CancellationToken cancellationToken)
    {
        var at = clock.UtcNow;
        DateTimeOffset? sentAt = state == EmailDeliveryState.Sent ? at : null;
        await db.Notifications.Where(n => n.Id == notification.Id && n.EmailAttempts == attempt && n.EmailState == EmailDeliveryState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, state).SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(n => n.SentAt, n => sentAt ?? n.SentAt).SetProperty(n => n.LastError, n => error ?? n.LastError), cancellationToken);
        await db.Notifications.Where(n => n.Id == notification.Id && n.ProtectedSecret != null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ProtectedSecret, (string?)null).SetProperty(n => n.SecretRemovedAt, at), cancellationToken);
        if (state == EmailDeliveryState.GaveUp && error is not null && attempt > 0)
            logger.LogWarning("Notification {Notification}: e-mail gave up at attempt {Attempt}: {Reason}", notification.ToString(), attempt, error);
        return state;
    }
}
