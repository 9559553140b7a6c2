namespace CalJobsConsole.Domain.Notices;

/// <summary>The communications the CalJOBS Operations Unit sends out (WSD24-13, Communication; COM-1).</summary>
public enum NoticeKind
{
    /// <summary>An EDD CalJOBS Notification: a green, red or yellow notice.</summary>
    Notification = 1,

    /// <summary>The biweekly EDD CalJOBS Updates Newsletter.</summary>
    Newsletter = 2,

    /// <summary>The weekly Blue Notice for New OPCs.</summary>
    BlueNotice = 3,
}

/// <summary>
/// The colour of an EDD CalJOBS Notification. The directive names the three colours but not what each means, so the
/// console records the colour the Operations Unit chose and says it in words (never by colour alone).
/// </summary>
public enum NoticeColour
{
    Green = 1,
    Red = 2,
    Yellow = 3,
}

public static class NoticeKindNames
{
    public static string DisplayName(this NoticeKind kind) => kind switch
    {
        NoticeKind.Notification => "EDD CalJOBS Notification",
        NoticeKind.Newsletter => "EDD CalJOBS Updates Newsletter (biweekly)",
        NoticeKind.BlueNotice => "Blue Notice for New OPCs (weekly)",
        _ => kind.ToString(),
    };

    /// <summary>"Red notification", "Newsletter", "Blue Notice": how a list names a notice in a few words.</summary>
    public static string ShortName(this NoticeKind kind, NoticeColour? colour) => kind switch
    {
        NoticeKind.Notification => colour is { } c ? $"{c} notification" : "Notification",
        NoticeKind.Newsletter => "Newsletter",
        NoticeKind.BlueNotice => "Blue Notice",
        _ => kind.ToString(),
    };
}
