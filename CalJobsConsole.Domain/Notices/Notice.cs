using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Notices.Rules;

namespace CalJobsConsole.Domain.Notices;

/// <summary>
/// A communication the CalJOBS Operations Unit publishes (COM-1): a green, red or yellow Notification, the biweekly
/// Updates Newsletter or the weekly Blue Notice for New OPCs. Its audience follows from its kind
/// (<see cref="NoticeAudience.For"/>); publishing delivers it to everyone in that audience at that moment. Each recipient
/// marks it read; an area's administrators record once that they relayed it to their staff.
/// </summary>
public sealed class Notice : Entity
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 8000;
    public const int MaxNoteLength = 1000;

    private readonly List<NoticeRecipient> _recipients = [];
    private readonly List<NoticeRelay> _relays = [];

    /// <summary>For EF Core.</summary>
    private Notice() => (Title, Body) = (null!, null!);

    private Notice(NoticeKind kind, NoticeColour? colour, string title, string body, Guid publishedById, DateTimeOffset publishedAt)
    {
        Kind = kind;
        Colour = colour;
        Title = title;
        Body = body;
        PublishedById = publishedById;
        PublishedAt = publishedAt;
    }

    public NoticeKind Kind { get; private set; }

    /// <summary>A Notification's colour; null for the Newsletter and the Blue Notice.</summary>
    public NoticeColour? Colour { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public Guid PublishedById { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public NoticeAudience Audience => NoticeAudience.For(Kind);

    public IReadOnlyCollection<NoticeRecipient> Recipients => _recipients.AsReadOnly();

    public IReadOnlyCollection<NoticeRelay> Relays => _relays.AsReadOnly();

    /// <summary>
    /// Publishes the notice to those of <paramref name="people"/> its kind's audience takes in (COM-1): the application hands
    /// in everyone who may be in any audience, and the domain alone decides who this one reaches.
    /// </summary>
    public static Notice Publish(NoticeKind kind, NoticeColour? colour, string? title, string? body, Guid publishedById,
        IEnumerable<NoticeReader> people, BusinessClock clock)
    {
        Guard.Defined(kind, nameof(Kind));
        if (kind == NoticeKind.Notification)
            Guard.Defined(colour ?? throw new InvalidInputException(nameof(Colour), "is required for a notification (green, red or yellow)."), nameof(Colour));
        var notice = new Notice(kind, kind == NoticeKind.Notification ? colour : null,
            Guard.Required(title, nameof(Title), MaxTitleLength), Guard.Required(body, nameof(Body), MaxBodyLength),
            Guard.Required(publishedById, nameof(PublishedById)), clock.UtcNow);
        var audience = notice.Audience;
        notice._recipients.AddRange(people.Where(audience.Includes).DistinctBy(p => p.PersonId)
            .Select(p => new NoticeRecipient(notice.Id, p, notice.PublishedAt)));
        return notice;
    }

    public NoticeRecipient? RecipientFor(Guid personId) => _recipients.SingleOrDefault(r => r.PersonId == personId);

    public NoticeRelay? RelayFor(Guid areaId) => _relays.SingleOrDefault(r => r.AreaId == areaId);

    /// <summary>The recipient opened the notice: read once, the first time kept. Nobody outside its audience reads it (COM-1).</summary>
    public NoticeRecipient MarkRead(Guid personId, BusinessClock clock)
    {
        CheckRule(new NoticeMustReachItsAudienceRule(this, personId));
        var recipient = RecipientFor(personId)!;
        recipient.MarkRead(clock.UtcNow);
        return recipient;
    }

    /// <summary>
    /// An area's administrator records that they relayed the notice to their staff (COM-1): a recipient, holding the area's
    /// MIS Administrator or SPOC seat (<paramref name="relayer"/>, null when they hold none there), once per area.
    /// </summary>
    public NoticeRelay RecordRelay(Guid personId, NoticeReader? relayer, Guid areaId, string? note, BusinessClock clock)
    {
        CheckRules(
            new NoticeMustReachItsAudienceRule(this, personId),
            new NoticeRelayMustBeRecordedByTheAreasAdministratorRule(relayer is { } r && r.PersonId == personId ? r : null, areaId),
            new NoticeRelayMustBeFirstForTheAreaRule(this, areaId));
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
            throw new InvalidInputException("Note", $"must be at most {MaxNoteLength} characters.");
        var relay = new NoticeRelay(Id, areaId, personId, clock.UtcNow, ParticipantText.Checked(trimmed, "Note"));
        _relays.Add(relay);
        return relay;
    }

    /// <summary>
    /// Per area, for the Operations Unit: how many recipients the notice reached there, how many read it, and the area's
    /// relay record if any. Read rate = recipients in the area who read / recipients in the area.
    /// </summary>
    public IReadOnlyList<NoticeAreaRate> AreaRates() =>
        _recipients.GroupBy(r => r.AreaId)
            .Select(g => new NoticeAreaRate(g.Key, g.Count(), g.Count(r => r.IsRead), g.Count(r => r.Standing != NoticeStanding.WsbStaff), RelayFor(g.Key)))
            .ToList();
}

/// <summary>
/// One area's figures for a notice. <see cref="ReadRate"/> = <see cref="Read"/> / <see cref="Recipients"/>. The relay is
/// whether (and when, by whom) the area's administrators recorded relaying it to their staff.
/// </summary>
public sealed record NoticeAreaRate(Guid AreaId, int Recipients, int Read, int Administrators, NoticeRelay? Relay)
{
    public decimal ReadRate => Recipients == 0 ? 0 : (decimal)Read / Recipients;

    public bool IsRelayed => Relay is not null;
}
