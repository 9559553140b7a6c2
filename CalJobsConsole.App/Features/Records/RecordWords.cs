using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Records;

/// <summary>The words the records share: dates, times in business time, yes/no, kinds of staff and area — never an enum's name.</summary>
internal static class RecordWords
{
    public const string NotGiven = FiledFormWords.NotGiven;

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? NotGiven;

    public static string Time(DateTimeOffset? instant, BusinessClock clock) =>
        instant is { } at ? BusinessTime.FormatLabelled(at, clock) : NotGiven;

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? NotGiven : value.Trim();

    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>"New account" from "new account".</summary>
    public static string Sentence(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    public static string StaffKind(StaffKind kind) =>
        kind == Domain.Attestations.StaffKind.Edd ? "EDD staff (signs the DE 7410)" : "Non-EDD staff (signs Attachment E-1)";

    public static string AreaKind(AreaKind kind) => kind == Domain.Areas.AreaKind.LocalArea ? "Local Area" : "WSB field division";

    public static FormRecordLine Line(string label, string? value) => new(label, Text(value));
}
