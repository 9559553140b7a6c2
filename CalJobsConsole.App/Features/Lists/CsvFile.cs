using System.Text;
using CsvHelper;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// The console's CSV, written by CsvHelper (the one CSV library, also reading imports): RFC 4180 with CRLF; a cell with a
/// comma, semicolon (the list separator of many spreadsheets' locales), quote or line break is quoted with its quotes doubled;
/// a cell a spreadsheet would run as a formula (beginning <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is escaped by
/// CsvHelper's injection protection (<see cref="CsvInjection.Escape"/>: a leading single quote), so it shows as text.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>UTF-8 with a byte-order mark, which spreadsheets need to read accented names right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static readonly char[] QuotedWhenHeld = [',', ';', '"', '\r', '\n'];

    public static CsvWriterOptions Options { get; } = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        ValidateFieldCount = false,
        ShouldQuote = (field, _, _, _) => field.IndexOfAny(QuotedWhenHeld) >= 0,
    };

    /// <summary>A writer over <paramref name="writer"/> (left open) with the console's options.</summary>
    public static CsvWriter Writer(TextWriter writer) => CsvWriter.Create(writer, Options, true);

    /// <summary>One row as text, for tests and small files.</summary>
    public static string Row(IEnumerable<string?> cells)
    {
        var text = new StringWriter();
        using (var csv = Writer(text))
            WriteRow(csv, cells);
        return text.ToString();
    }

    public static void WriteRow(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
            csv.WriteField(cell ?? "");
        csv.EndRecord();
    }
}
