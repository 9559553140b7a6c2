namespace CalJobsConsole.App.Features;

/// <summary>
/// The words for a field of a filed form (Attachment 1, 2 or 3) that older forms never asked (issue 20): pages, the request
/// inbox and the PDF records say the same thing — the value, "Not given" for an optional field left blank, or that the form
/// was filed before the field was asked. Never a blank.
/// </summary>
public static class FiledFormWords
{
    public const string NotAsked = "Not asked when this form was filed";

    public const string NotGiven = "Not given";

    /// <summary>The CalJOBS username an Attachment 1 left blank: the person has no CalJOBS account yet.</summary>
    public const string NoCalJobsUsername = "None given (no CalJOBS account yet)";

    /// <summary><paramref name="value"/>; <paramref name="blank"/> when the form asked for it and it was left blank; otherwise <see cref="NotAsked"/>.</summary>
    public static string Asked(string? value, bool asked, string blank = NotGiven) =>
        !string.IsNullOrWhiteSpace(value) ? value.Trim() : asked ? blank : NotAsked;

    public static string Asked(DateOnly? day, bool asked) => Asked(day?.ToString("yyyy-MM-dd"), asked);

    /// <summary>"14:05 Pacific time": a time of day on the business clock.</summary>
    public static string Asked(TimeOnly? time, bool asked, string zoneLabel) => Asked(time is { } t ? $"{t:HH:mm} {zoneLabel}" : null, asked);
}

/// <summary>One field of a filed form (Attachment 1, 2 or 3) as a page shows it: its label and its value in words.</summary>
public sealed record FiledField(string Label, string Value);
