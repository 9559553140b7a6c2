using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Notices;

/// <summary>
/// COM-1's notices. The Operations Unit composes and publishes a notice — its audience follows from its kind and is shown
/// before publishing — and reads the read and relay rates per area. Each recipient lists and opens their notices (opening
/// marks read); an area's MIS Administrator or SPOC records that they relayed one to their staff — an administrative act,
/// through the <see cref="AdministrativeGate"/> (SCO-1, DES-2, REV-1). Publishing is the Operations Unit's own act. Every call
/// reads the user's scope from the database first (SCO-1).
/// </summary>
public sealed class NoticeService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    INotificationSender notifications, ILogger<NoticeService> logger)
{
    private const string Work = "records relaying a notice to their staff (COM-1)";

    private static readonly ComposeNoticeModelValidator ComposeValidator = new();

    /// <summary>Who a notice of <paramref name="kind"/> would reach now, and how many people that is.</summary>
    public async Task<NoticeAudienceView> AudienceAsync(NoticeKind kind, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = NoticeAudience.For(kind);
        var readers = await NoticeReaders.AllAsync(db, cancellationToken);
        return new NoticeAudienceView(kind, audience.Description, readers.Count(audience.Includes));
    }

    /// <summary>Publishes the notice to its audience (recipients delivered now) and tells each recipient in their messages.</summary>
    public async Task<ActOutcome> PublishAsync(ComposeNoticeModel model, CancellationToken cancellationToken = default)
    {
        var shape = await ComposeValidator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(string.Join(" ", shape.Errors.Select(e => e.ErrorMessage)));
        Notice? published = null;
        var outcome = await ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var readers = await NoticeReaders.AllAsync(db, cancellationToken);
            var notice = Notice.Publish(model.Kind!.Value, model.Colour, model.Title, model.Body, scope.UserId, readers, clock);
            db.Notices.Add(notice);
            db.Audit(clock, scope.UserId, "Notice.Published", nameof(Notice), notice.Id, null, null,
                new { Kind = notice.Kind.ToString(), Colour = notice.Colour?.ToString(), notice.Title, Recipients = notice.Recipients.Count });
            await db.SaveChangesAsync(cancellationToken);
            published = notice;
        });
        if (published is not null)
            await TellAsync(published, cancellationToken);
        return outcome;
    }

    /// <summary>Every published notice, newest first, with its read and relay figures per area: the Operations Unit only.</summary>
    public async Task<IReadOnlyList<PublishedNoticeLine>> PublishedAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notices = await db.Notices.AsNoTracking().Include(n => n.Recipients).Include(n => n.Relays)
            .ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var people = await db.NamesAsync(notices.Select(n => n.PublishedById).Concat(notices.SelectMany(n => n.Relays).Select(r => r.RelayedById)),
            cancellationToken);
        return notices.OrderByDescending(n => n.PublishedAt.UtcTicks).Select(n => new PublishedNoticeLine(n.Id, n.Kind, n.Colour, n.Title, n.Body,
                n.PublishedAt, people[n.PublishedById], n.Audience.Description,
                n.AreaRates().Select(r => new NoticeAreaLine(r.AreaId, areas.GetValueOrDefault(r.AreaId, "Unknown area"), r.Recipients, r.Read,
                        r.Administrators, r.Relay?.RelayedAt, people.Of(r.Relay?.RelayedById), r.Relay?.Note))
                    .OrderBy(a => a.AreaName, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>The signed-in user's notices: unread first, then newest first.</summary>
    public async Task<IReadOnlyList<MyNoticeLine>> MineAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await (from recipient in db.NoticeRecipients.AsNoTracking()
                           join notice in db.Notices on recipient.NoticeId equals notice.Id
                           where recipient.PersonId == scope.UserId
                           select new MyNoticeLine(notice.Id, notice.Kind, notice.Colour, notice.Title, notice.PublishedAt, recipient.ReadAt))
            .ToListAsync(cancellationToken);
        return lines.OrderBy(l => l.IsRead).ThenByDescending(l => l.PublishedAt.UtcTicks).ToList();
    }

    /// <summary>Opens a notice and marks it read (once); refused with COM-1 for anyone it did not reach.</summary>
    public async Task<NoticeView> OpenAsync(Guid noticeId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notice = await LoadAsync(db, noticeId, cancellationToken);
        var recipient = notice.MarkRead(scope.UserId, clock);
        await db.SaveChangesAsync(cancellationToken);
        var relay = notice.RelayFor(recipient.AreaId);
        var relayedBy = (await db.NamesAsync([relay?.RelayedById], cancellationToken)).Of(relay?.RelayedById);
        var areaName = await db.Areas.AsNoTracking().Where(a => a.Id == recipient.AreaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        return new NoticeView(notice.Id, notice.Kind, notice.Colour, notice.Title, notice.Body, notice.PublishedAt, notice.Audience.Description,
            recipient.ReadAt, recipient.AreaId, areaName,
            MayRecordRelay: relay is null && NoticeReaders.AdministratorIn(scope, recipient.AreaId) is not null,
            relay?.RelayedAt, relayedBy, relay?.Note);
    }

    /// <summary>
    /// The area's MIS Administrator or SPOC records that they relayed the notice to the staff of <paramref name="areaId"/>, once
    /// per area (COM-1). An administrator passes the gate for the area as a whole first — another area's is refused with SCO-1,
    /// an untrained one with DES-2, a suspended one with REV-1 (reading stays open to them); staff who received the notice hold
    /// no seat and are refused by the domain with COM-1, as is a second record.
    /// </summary>
    public Task<ActOutcome> RecordRelayAsync(Guid noticeId, Guid areaId, string? note, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireSignedInAsync(cancellationToken);
            if (scope.IsAdministrator)
                await scopes.GuardAsync(() => AdministrativeGate.Require(scope, areaId, null, work: Work), cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var notice = await LoadAsync(db, noticeId, cancellationToken);
            var relay = notice.RecordRelay(scope.UserId, NoticeReaders.AdministratorIn(scope, areaId), areaId, note, clock);
            db.Audit(clock, scope.UserId, "Notice.Relayed", nameof(Notice), notice.Id, areaId, null, new { relay.AreaId, relay.RelayedAt, relay.Note });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && DatabaseConstraint.IsUniqueViolation(ex))
            {
                // The area's other administrator recorded the relay a moment earlier (the unique index holds "once per area"): changed.
                throw new DbUpdateConcurrencyException(ActOutcome.ChangedMessage, ex);
            }
        });

    private static async Task<Notice> LoadAsync(ConsoleDbContext db, Guid noticeId, CancellationToken cancellationToken) =>
        await db.Notices.Include(n => n.Recipients).Include(n => n.Relays).AsSplitQuery().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken)
        ?? throw new InvalidInputException("Notice", "no such notice.");

    /// <summary>The bell (and e-mail where configured) for each recipient; the notice is published already, so a failure is logged.</summary>
    private async Task TellAsync(Notice notice, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var ids = notice.Recipients.Select(r => r.PersonId).ToList();
            var to = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken);
            if (to.Count == 0)
                return;
            await notifications.SendAsync(new OutgoingNotification("NoticePublished", $"{notice.Kind.ShortName(notice.Colour)}: {notice.Title}",
                $"The CalJOBS Operations Unit published a {notice.Kind.DisplayName()}. Read it under Notices: /notices/{notice.Id}", to, []),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Notice {NoticeId} was published but its message was not sent.", notice.Id);
        }
    }
}
