using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>One line of the outbox; times in the business time zone. Never the body or a secret.</summary>
public sealed record OutboxLine(Guid Id, string Kind, string Subject, DateTimeOffset CreatedAt, EmailDeliveryState State, int Recipients,
    int Attempts, DateTimeOffset? LastAttemptAt, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt)
{
    /// <summary>"Retry now" is offered for an e-mail that failed, gave up or waits for its first attempt.</summary>
    public bool CanRetry => State is EmailDeliveryState.Failed or EmailDeliveryState.GaveUp or EmailDeliveryState.Pending;
}

/// <summary>A page of the outbox (<see cref="OutboxList"/>): the lines, and how many match the filter in all.</summary>
public sealed record OutboxList(IReadOnlyList<OutboxLine> Lines, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The Operations Unit's outbox: every stored notification with its e-mail's state, attempts and last error, filtered and
/// paged in the database; "Retry now" attempts one e-mail at once (and gives a given-up one one more attempt), audited.
/// SCO-1: the Operations Unit only, checked against the database on every call.
/// </summary>
public sealed class OutboxService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, NotificationEmailDelivery delivery, BusinessClock clock)
{
    public const int DefaultPageSize = 25;

    public async Task<OutboxList> ListAsync(EmailDeliveryState? state, int pageIndex = 0, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        pageIndex = Math.Max(0, pageIndex);
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking();
        if (state is { } wanted)
            query = query.Where(n => n.EmailState == wanted);
        var total = await query.CountAsync(cancellationToken);
        var lines = await query.OrderByDescending(n => n.CreatedAt).Skip(pageIndex * pageSize).Take(pageSize)
            .Select(n => new OutboxLine(n.Id, n.Kind, n.Subject, n.CreatedAt, n.EmailState, n.Recipients.Count, n.EmailAttempts, n.LastAttemptAt,
                n.LastError, n.NextAttemptAt, n.SentAt))
            .ToListAsync(cancellationToken);
        return new OutboxList(lines.Select(Local).ToList(), total, pageIndex, pageSize);
    }

    /// <summary>
    /// The Operations Unit's act: attempts the e-mail now; the outcome carries the state it left (null: another worker holds it
    /// right now). Anyone else is refused with SCO-1 before anything is attempted.
    /// </summary>
    public Task<ActOutcome<EmailDeliveryState?>> RetryNowAsync(Guid notificationId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => RetryAsync(notificationId, cancellationToken));

    private async Task<EmailDeliveryState?> RetryAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The Operations Unit sees every notification: an unknown id is a wrong input, not someone else's record.
        var before = await db.Notifications.AsNoTracking().Where(n => n.Id == notificationId)
            .Select(n => new { n.EmailState, n.EmailAttempts }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("NotificationId", "there is no such notification; pick one from the outbox.");
        var state = await delivery.AttemptAsync(notificationId, now: true, cancellationToken);
        var after = await db.Notifications.AsNoTracking().Where(n => n.Id == notificationId)
            .Select(n => new { n.EmailState, n.EmailAttempts }).SingleAsync(cancellationToken);
        db.Audit(clock, scope.UserId, "Notification.EmailRetriedNow", nameof(Notification), notificationId, null, before, after);
        await db.SaveChangesAsync(cancellationToken);
        return state;
    }

    private OutboxLine Local(OutboxLine line) => line with
    {
        CreatedAt = clock.ToBusinessTime(line.CreatedAt),
        LastAttemptAt = line.LastAttemptAt is { } a ? clock.ToBusinessTime(a) : null,
        NextAttemptAt = line.NextAttemptAt is { } n ? clock.ToBusinessTime(n) : null,
        SentAt = line.SentAt is { } s ? clock.ToBusinessTime(s) : null,
    };
}
