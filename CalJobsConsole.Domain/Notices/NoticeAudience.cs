namespace CalJobsConsole.Domain.Notices;

/// <summary>Why a person is in a notice's audience: the one standing that counts for COM-1.</summary>
public enum NoticeStanding
{
    /// <summary>Holds an active MIS Administrator seat in a Local Area.</summary>
    MisAdministrator = 1,

    /// <summary>Holds an active WSB CalJOBS SPOC seat in a field division (a SPOC is WSB staff too).</summary>
    CalJobsSpoc = 2,

    /// <summary>WSB staff who are not SPOCs: staff whose CalJOBS staff account is in a field division.</summary>
    WsbStaff = 3,
}

/// <summary>
/// A person as the audience rule sees them: their standing and the area they count in for read and relay rates (the
/// administrator's seat area, or the division of the staff account). The application reads these facts; the domain
/// decides who a notice reaches.
/// </summary>
public sealed record NoticeReader(Guid PersonId, Guid AreaId, NoticeStanding Standing)
{
    /// <summary>An MIS Administrator or a SPOC: the people who relay notices to their staff (COM-1).</summary>
    public bool IsAdministrator => Standing is NoticeStanding.MisAdministrator or NoticeStanding.CalJobsSpoc;
}

/// <summary>
/// COM-1 (WSD24-13, Communication), in one place: EDD CalJOBS Notifications (green, red, yellow) reach MIS Administrators
/// and all WSB staff; the biweekly Updates Newsletter and the weekly Blue Notice for New OPCs reach only MIS
/// Administrators and WSB CalJOBS SPOCs, who relay what is relevant to their staff.
/// </summary>
public sealed record NoticeAudience(IReadOnlySet<NoticeStanding> Standings, string Description)
{
    public static readonly NoticeAudience AdministratorsAndAllWsbStaff = new(
        new HashSet<NoticeStanding> { NoticeStanding.MisAdministrator, NoticeStanding.CalJobsSpoc, NoticeStanding.WsbStaff },
        "MIS Administrators and all WSB staff");

    public static readonly NoticeAudience AdministratorsAndSpocsOnly = new(
        new HashSet<NoticeStanding> { NoticeStanding.MisAdministrator, NoticeStanding.CalJobsSpoc },
        "MIS Administrators and WSB CalJOBS SPOCs only");

    public static NoticeAudience For(NoticeKind kind) => kind switch
    {
        NoticeKind.Notification => AdministratorsAndAllWsbStaff,
        NoticeKind.Newsletter or NoticeKind.BlueNotice => AdministratorsAndSpocsOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of notice."),
    };

    public bool Includes(NoticeStanding standing) => Standings.Contains(standing);

    public bool Includes(NoticeReader reader) => Includes(reader.Standing);
}
