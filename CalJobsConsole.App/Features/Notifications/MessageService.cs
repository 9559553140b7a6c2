using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Notifications.Rules;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// The signed-in user's in-app messages. Opening one marks it read and, when it still keeps a secret (a temporary
/// password, CRD-1), decrypts it for this one view and removes it in the same call: the in-app copy counts as delivered
/// once its recipient has opened it. SCO-1: someone else's message is refused without any of its data.
/// </summary>
public sealed class MessageService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, SecretProtector secrets, BusinessClock clock,
    ILogger<MessageService> logger, UnreadMessages? unread = null)
{
    /// <summary>The user's messages, newest first.</summary>
    public async Task<IReadOnlyList<MessageLine>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = await db.InAppMessages.AsNoTracking().Where(m => m.RecipientId == scope.UserId)
            .OrderByDescending(m => m.CreatedAt).ToListAsync(cancellationToken);
        return messages.Select(m => new MessageLine(m.Id, m.Subject, clock.ToBusinessTime(m.CreatedAt), m.IsRead, m.IsCopy, m.HoldsSecret)).ToList();
    }

    /// <summary>How many of the user's messages are unread, for the navigation; <paramref name="scope"/> was just read by the layout.</summary>
    public async Task<int> UnreadCountAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InAppMessages.CountAsync(m => m.RecipientId == scope.UserId && m.ReadAt == null, cancellationToken);
    }

    /// <summary>The user's latest messages for the bell, newest first; <paramref name="scope"/> was just read by the layout.</summary>
    public async Task<IReadOnlyList<MessageLine>> LatestAsync(UserScope scope, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = await db.InAppMessages.AsNoTracking().Where(m => m.RecipientId == scope.UserId)
            .OrderByDescending(m => m.CreatedAt).Take(count).ToListAsync(cancellationToken);
        return messages.Select(m => new MessageLine(m.Id, m.Subject, clock.ToBusinessTime(m.CreatedAt), m.IsRead, m.IsCopy, m.HoldsSecret)).ToList();
    }

    /// <summary>Opens one of the user's messages: marks it read and shows a kept secret once, removing it. SCO-1 for any other.</summary>
    public async Task<MessageView> OpenAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.InAppMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        // The same answer whether the message is someone else's or does not exist: nothing about it leaks.
        BusinessRules.Check(new MessageMustBeRecipientsOwnRule(found is not null && found.RecipientId == scope.UserId));
        var message = found!;
        var now = clock.UtcNow;
        // Past its lifetime the secret is no use (the temporary password expired): removed without being shown.
        var secret = message.ProtectedSecret is { } kept && !message.SecretExpiredAt(now) ? secrets.TryUnprotect(kept) : null;
        if (message.HoldsSecret && !message.SecretExpiredAt(now) && secret is null)
            logger.LogWarning("Message {Message}: its kept secret could not be decrypted (key lost or revoked); removed unread.", message.ToString());
        message.MarkRead(now);
        message.RemoveSecret(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Opened in another tab, or its secret removed by expiry, a moment ago: the secret is gone, this view says so.
            secret = null;
            await db.InAppMessages.Where(m => m.Id == messageId && m.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), cancellationToken);
        }
        unread?.NotifyChanged();
        return View(message, secret);
    }

    private MessageView View(InAppMessage message, string? secret)
    {
        var pieces = message.Body.Split(OutgoingNotification.SecretPlaceholder);
        var display = secret is not null ? SecretDisplay.ShownOnce : pieces.Length > 1 ? SecretDisplay.Removed : SecretDisplay.None;
        var parts = new List<MessagePart>();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
                parts.Add(new MessagePart(secret ?? MessageView.RemovedText, IsSecret: true));
            if (pieces[i].Length > 0)
                parts.Add(new MessagePart(pieces[i], IsSecret: false));
        }
        return new MessageView(message.Id, message.Kind, message.Subject, clock.ToBusinessTime(message.CreatedAt), message.IsCopy, display, parts);
    }
}
