using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Notices;
using FluentValidation;

namespace CalJobsConsole.App.Features.Notices;

/// <summary>Who a kind of notice reaches (COM-1) and how many people that is now, for the compose form.</summary>
public sealed record NoticeAudienceView(NoticeKind Kind, string Description, int People)
{
    public string Text => $"Reaches: {Description} ({People} {(People == 1 ? "person" : "people")})";
}

/// <summary>One published notice for the Operations Unit, with its read and relay figures per area.</summary>
public sealed record PublishedNoticeLine(Guid Id, NoticeKind Kind, NoticeColour? Colour, string Title, string Body, DateTimeOffset PublishedAt,
    string PublishedBy, string Audience, IReadOnlyList<NoticeAreaLine> Areas)
{
    public string Name => Kind.ShortName(Colour);

    public int Recipients => Areas.Sum(a => a.Recipients);

    public int Read => Areas.Sum(a => a.Read);

    /// <summary>Areas whose administrators the notice reached: the ones that relay it to their staff.</summary>
    public int RelayingAreas => Areas.Count(a => a.Administrators > 0);

    public int RelayedAreas => Areas.Count(a => a.Administrators > 0 && a.RelayedAt is not null);
}

/// <summary>
/// One area's figures: read rate = recipients in the area who read / recipients in the area; relayed = when and by whom the
/// area's administrators recorded relaying it to their staff (COM-1).
/// </summary>
public sealed record NoticeAreaLine(Guid AreaId, string AreaName, int Recipients, int Read, int Administrators, DateTimeOffset? RelayedAt,
    string? RelayedBy, string? RelayNote)
{
    public decimal ReadRate => Recipients == 0 ? 0 : (decimal)Read / Recipients;
}

/// <summary>A notice as one of its recipients sees it in their list.</summary>
public sealed record MyNoticeLine(Guid Id, NoticeKind Kind, NoticeColour? Colour, string Title, DateTimeOffset PublishedAt, DateTimeOffset? ReadAt)
{
    public string Name => Kind.ShortName(Colour);

    public bool IsRead => ReadAt is not null;
}

/// <summary>
/// An opened notice: its text, when the reader read it, and — for an administrator of the area they count in — whether the
/// relay to their staff is recorded, or may be.
/// </summary>
public sealed record NoticeView(Guid Id, NoticeKind Kind, NoticeColour? Colour, string Title, string Body, DateTimeOffset PublishedAt,
    string Audience, DateTimeOffset? ReadAt, Guid AreaId, string AreaName, bool MayRecordRelay, DateTimeOffset? RelayedAt, string? RelayedBy,
    string? RelayNote)
{
    public string Name => Kind.ShortName(Colour);
}

/// <summary>The Operations Unit's new notice. Kind and colour are nullable so that an untouched form says what is missing.</summary>
public sealed class ComposeNoticeModel
{
    public NoticeKind? Kind { get; set; }

    public NoticeColour? Colour { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }
}

/// <summary>Shape only (every missing field at once); who the notice reaches is the domain's (COM-1).</summary>
public sealed class ComposeNoticeModelValidator : AbstractValidator<ComposeNoticeModel>
{
    public ComposeNoticeModelValidator()
    {
        RuleFor(m => m.Kind).NotNull().WithMessage("Choose the kind of notice.").IsInEnum();
        RuleFor(m => m.Colour).NotNull().WithMessage("Choose the notification's colour: green, red or yellow.").IsInEnum()
            .When(m => m.Kind == NoticeKind.Notification);
        RuleFor(m => m.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the title.")
            .MaximumLength(Notice.MaxTitleLength);
        RuleFor(m => m.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Enter the text of the notice.")
            .MaximumLength(Notice.MaxBodyLength);
    }
}

/// <summary>The administrator's note on a relay: optional, how or to whom they relayed it.</summary>
public sealed class RelayNoteModel
{
    public string? Note { get; set; }
}

public sealed class RelayNoteModelValidator : AbstractValidator<RelayNoteModel>
{
    public RelayNoteModelValidator() => RuleFor(m => m.Note).MaximumLength(Notice.MaxNoteLength).NoSsn("The note");
}
